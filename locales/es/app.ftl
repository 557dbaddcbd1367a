### Peer Guide, Spanish (Español).
### Machine translated, not yet reviewed by a native speaker.

app-name = Peer Guide
skip-to-content = Ir al contenido
nav-label = Menú principal
nav-home = Inicio
nav-search = Buscar
nav-services = Servicios
nav-volunteers = Voluntarios
nav-settings = Ajustes
loading = Cargando…
retry = Intentar de nuevo
filters = Filtros
filter-topic = Tema
filter-any-topic = Todos los temas
filter-language = Idioma hablado
filter-any-language = Cualquier idioma
in-language = En { $language }

first-run-title = Elige tu idioma
first-run-hint = Puedes cambiarlo más tarde en Ajustes.

home-title = Guías
home-intro = Ayuda paso a paso después de obtener el estatus de refugiado en Escocia. Funciona sin internet.
home-topics = Todos los temas
topic-articles =
    { $count ->
        [one] { $count } artículo
       *[other] { $count } artículos
    }
topic-empty = Todavía no hay guías sobre este tema.

topic-first-steps = Primeros pasos tras obtener el estatus
topic-housing = Vivienda
topic-employment = Trabajo
topic-education = Educación
topic-health = Salud y servicios sociales
topic-leisure = Ocio
topic-social-connections = Conocer gente
topic-language-culture = Idioma y cultura
topic-safety-stability = Seguridad y estabilidad
topic-digital-skills = Competencias digitales
topic-rights-responsibilities = Derechos y deberes

article-fallback = Se muestra en { $shown }: todavía no está traducido al { $requested }.
article-stale = Puede que esta traducción no esté actualizada: la versión en inglés ha cambiado desde entonces.
article-share = Compartir
article-copied = Copiado. Puedes pegarlo en un mensaje.
article-copy-failed = No se pudo copiar. Selecciona el texto y cópialo tú.
article-checked-on = Revisado el { $date }
article-machine-translation = Traducido por un ordenador. Si algo no está claro, pregunta a una persona voluntaria.
article-machine-volunteers = Voluntarios que hablan { $language }
article-overdue = { $months ->
        [one] Esta guía se revisó por última vez hace { $months } mes: las normas pueden haber cambiado.
       *[other] Esta guía se revisó por última vez hace { $months } meses: las normas pueden haber cambiado.
    }
article-overdue-undated = Esta guía ya debía haberse revisado de nuevo: las normas pueden haber cambiado.
article-sources = Fuentes
article-source-retrieved = consultado el { $date }
text-size = Tamaño del texto
text-smaller = Texto más pequeño
text-larger = Texto más grande

search-title = Buscar
search-label = Buscar en las guías
search-placeholder = Por ejemplo: médico, vivienda, dinero
search-results =
    { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }
search-none = No se encontró nada para «{ $query }». Prueba otra palabra.
search-pending = La búsqueda aún se está preparando tras la última actualización. Puede que algunas guías todavía no aparezcan.

services-title = Servicios
services-open-now = Abierto ahora
services-count =
    { $count ->
        [one] { $count } servicio
       *[other] { $count } servicios
    }
services-none = Ningún servicio coincide con estos filtros.
service-open = Abierto ahora
service-closed = Cerrado ahora
service-call = Llamar
service-copy-address = Copiar la dirección
service-address-copied = Dirección copiada.
service-website = Sitio web
service-speaks = Idiomas que se hablan:
service-accessibility = Accesibilidad:
service-hours = Horario
service-closed-all-day = Cerrado
service-sample = Datos de ejemplo
service-sample-note = Este no es un servicio real: solo muestra cómo funciona la aplicación.
service-checked-on = Datos comprobados el { $date }
service-cost-free = Gratis
service-cost-low-cost = Bajo coste
service-cost-paid = De pago
service-access-walk-in = Sin cita
service-access-appointment = Con cita previa
service-access-walk-in-or-appointment = Con o sin cita

volunteers-title = Voluntarios pares
volunteers-intro = Personas refugiadas que han pasado por lo mismo y pueden ayudar. Solo se muestran los datos que cada voluntario eligió compartir.
volunteers-count =
    { $count ->
        [one] { $count } voluntario
       *[other] { $count } voluntarios
    }
volunteers-none = Ningún voluntario coincide con estos filtros.
volunteer-speaks = Habla:
volunteer-knows = Sabe de:
volunteer-no-contact = Pide al proyecto que os ponga en contacto.
volunteers-available-now = Disponibles ahora
volunteers-are-you-one = ¿Eres voluntario par? Crea tu perfil
volunteer-away-until = No disponible hasta el { $date }
volunteer-usually-free = Suele estar disponible:
contact-call = Llamar
contact-text = Enviar SMS
contact-whatsapp = WhatsApp
contact-signal = Signal
contact-email = Enviar correo
profile-title = Tu perfil de voluntario
profile-is-coordinator = Este dispositivo ha entrado como coordinador.
join-explain = Para hacerte voluntario par, pide un código de invitación a un coordinador. Escríbelo aquí junto con la dirección del servidor de tu organización.
join-code = Código de invitación
join-code-hint = Por ejemplo, K7QM-3XPA-9RTD. Solo funciona una vez.
join-submit = Unirme
profile-state-new = Todavía no tienes perfil. Rellena el formulario de abajo: nadie lo verá hasta que un coordinador lo apruebe.
profile-state-unsent = Tu perfil está guardado en este dispositivo. Se enviará cuando tengas conexión, y los demás lo verán cuando un coordinador lo apruebe.
profile-state-pending = Tu perfil está esperando a que un coordinador lo apruebe. Hasta entonces, nadie más puede verlo.
profile-state-changed = Tus cambios están esperando la aprobación de un coordinador. Hasta entonces, los demás ven tu perfil tal como se aprobó la última vez.
profile-state-approved = Aprobado: las personas recién llegadas y otros voluntarios pueden encontrarte.
profile-state-suspended = Un coordinador ha pausado tu perfil, así que los demás no pueden verlo. Habla con tu coordinador.
profile-deleted = Tu perfil se ha eliminado. Desaparecerá de todos los dispositivos, junto con tus datos de contacto, después de la próxima sincronización.
profile-edit = Tus datos
profile-name = Nombre que se muestra
profile-name-hint = Basta con un nombre de pila o un apodo.
profile-languages = Idiomas que hablas
profile-language = Idioma
profile-level = Nivel
profile-remove = Quitar
profile-add-language = Añadir un idioma
profile-topics = En qué puedes ayudar
profile-availability = Cuándo sueles estar disponible
profile-availability-hint = Marca los días e indica las horas (hora de Glasgow).
profile-from = Hora de inicio, { $day }
profile-to = Hora de fin, { $day }
profile-add-time = Añadir otro horario
profile-away-until = No disponible hasta (opcional)
profile-away-hint = Mientras no estés, no aparecerás como disponible. Esto se aplica al momento, sin aprobación.
profile-back = Ya he vuelto
profile-contacts = Cómo pueden contactarte
profile-contacts-hint = Para cada forma de contacto, elige quién puede verla. Solo lo que elijas se envía a sus teléfonos.
profile-channel = Forma de contacto
profile-contact-email = Dirección de correo
profile-contact-number = Número
profile-visible-to = Quién puede verlo
audience-everyone = Todo el mundo, también las personas recién llegadas
audience-volunteers = Voluntarios y coordinadores
audience-coordinators = Solo coordinadores
profile-add-contact = Añadir una forma de contacto
profile-about = Sobre ti
profile-about-in = En { $language }
profile-save = Guardar
profile-saved = Guardado en este dispositivo. Se enviará en la próxima sincronización.
profile-preview = Lo que ven los demás
profile-preview-hint = Las personas recién llegadas y otros voluntarios ven esto cuando un coordinador ha aprobado tu perfil.
profile-preview-suspended = Nadie más ve tu perfil mientras está en pausa.
profile-preview-everyone = Como te ve una persona recién llegada
profile-preview-volunteers = Como te ven otros voluntarios
profile-delete-title = Eliminar tu perfil
profile-delete-explain = Esto borra tu perfil y tus datos de contacto del servidor y de todos los dispositivos después de la próxima sincronización.
profile-delete = Eliminar mi perfil
profile-delete-confirm = Sí, eliminarlo en todas partes
review-title = Revisar perfiles de voluntarios
review-intro = Los perfiles nuevos o cambiados solo se muestran a los demás cuando los apruebas. Aquí ves todos los datos de contacto.
review-group-pending =
    { $count ->
        [one] Esperando aprobación ({ $count })
       *[other] Esperando aprobación ({ $count })
    }
review-group-suspended =
    { $count ->
        [one] En pausa ({ $count })
       *[other] En pausa ({ $count })
    }
review-group-approved =
    { $count ->
        [one] Aprobado ({ $count })
       *[other] Aprobados ({ $count })
    }
review-new = Perfil nuevo:
review-changed = Cambiado desde la aprobación:
field-display-name = nombre
field-languages = idiomas
field-topics = temas
field-availability = disponibilidad
field-contacts = datos de contacto
field-about = presentación
field-away-until = no disponible hasta
review-approve = Aprobar
review-suspend = Pausar
review-reinstate = Mostrar de nuevo
settings-volunteering = Voluntariado
fluency-native = lengua materna
fluency-fluent = con fluidez
fluency-conversational = conversación
fluency-basic = básico
channel-phone = Teléfono
channel-whatsapp = WhatsApp
channel-signal = Signal
channel-email = Correo electrónico

settings-title = Ajustes
settings-language = Idioma
settings-about = Acerca de
sync-title = Sincronizar con tu organización
sync-explain = Peer Guide funciona sin conexión. Cuando tienes internet, descarga las guías nuevas y actualizadas del servidor de tu organización. El servidor solo sabe en qué idiomas se lee en este dispositivo. No se envía nada más sobre ti.
sync-address = Dirección del servidor
sync-address-hint = Tu organización te dirá su dirección, por ejemplo https://hub.example.org
sync-connect = Conectar
sync-cancel = Cancelar
sync-disconnect = Desconectar
sync-connected = Conectado a
sync-role =
    { $role ->
        [volunteer] Has entrado como voluntario
        [coordinator] Has entrado como coordinador
       *[reader] No hace falta cuenta para leer
    }
sync-change-address = Cambiar la dirección
sync-now = Sincronizar ahora
sync-running = Sincronizando…
sync-last = Última sincronización: { $when }
sync-never = Todavía no se ha sincronizado.
sync-failed = El último intento ({ $when }) no funcionó: { $reason }
sync-offline = No tienes conexión. Todo en este dispositivo sigue funcionando. Se sincronizará cuando vuelvas a tener internet.
sync-changes = Qué ha cambiado ({ $when })
sync-changes-articles =
    { $count ->
        [one] Una guía nueva o actualizada
       *[other] { $count } guías nuevas o actualizadas
    }
sync-changes-services =
    { $count ->
        [one] Un servicio nuevo o actualizado
       *[other] { $count } servicios nuevos o actualizados
    }
sync-changes-volunteers =
    { $count ->
        [one] Un perfil de voluntario nuevo o actualizado
       *[other] { $count } perfiles de voluntarios nuevos o actualizados
    }
sync-changes-restarted = Se ha vuelto a descargar toda la guía.
sync-key-changed = La clave de firma de la organización ha cambiado. Acepta la nueva clave solo si tu organización te ha dicho que cambió. Si no, puede que alguien se esté haciendo pasar por ella.
sync-accept-key = Aceptar la nueva clave
sync-pending =
    { $count ->
        [one] Un cambio tuyo está esperando a enviarse.
       *[other] { $count } cambios tuyos están esperando a enviarse.
    }
about-version = Versión { $version }
about-content-date = Contenido actualizado el { $date }
about-content-never = Todavía no se ha cargado ningún contenido.
about-privacy = Nada sobre ti sale de este dispositivo: sin cuenta y sin seguimiento.
about-translations = Las traducciones de la aplicación se hicieron a máquina y aún no las han revisado hablantes nativos.

error-unknown-language = Este idioma no está disponible.
error-invalid-language-tag = Este código de idioma no es válido.
error-unknown-topic = Este tema no existe.
error-article-not-found = No se encontró este artículo. Puede que se haya retirado.
error-no-translation = Este artículo no está disponible en tu idioma ni en inglés.
error-invalid-date-time = Esta fecha u hora no es válida.
error-invalid-pack = No se pudo cargar el contenido de la guía.
error-io = No se pudieron leer los archivos de la guía.
error-database-version = Los datos de la guía necesitan una versión más reciente de la aplicación.
error-database = No se pudieron leer los datos de la guía.
error-corrupt-record = Parte de los datos de la guía está dañada.
error-invalid-parameters = La aplicación pidió a la guía algo que no entendió.
error-not-found = Esta página no existe.
error-internal = La guía tuvo un problema. Inténtalo de nuevo.
error-network = No se pudo conectar con la guía. Comprueba que sigue funcionando.
error-hub-unreachable = No se pudo conectar con el servidor. Comprueba tu conexión. Todo en este dispositivo sigue funcionando.
error-hub-refused = El servidor rechazó la solicitud.
error-protocol-mismatch = La aplicación y el servidor usan versiones distintas. Hay que actualizar uno de los dos.
error-hub-garbled = El servidor envió algo que no se pudo leer. No se cambió nada.
error-bad-signature = El servidor envió contenido que no está firmado por tu organización. No se guardó.
error-rollback = El servidor envió una versión del contenido más antigua que la que ya tiene este dispositivo. No se guardó.
error-page-tampered = Algo en la red cambió lo que envió el servidor. No se guardó nada; inténtalo de nuevo o desde otra red.
error-hub-stalled = El servidor seguía diciendo que venía más, pero no envió nada nuevo. Se detuvo la sincronización; lo que llegó se conserva.
error-sync-timeout = La sincronización tardó demasiado y se detuvo. Lo que llegó se conserva; el resto llegará la próxima vez.
error-org-key-changed = La clave de firma de la organización ha cambiado.
error-profile-deleted = Este perfil se ha eliminado.
error-invalid-change = Este cambio en el perfil no es válido.
error-profile-too-large = Este perfil es demasiado largo. Acorta el texto o indica menos idiomas, temas o contactos.
error-invalid-display-name = Este nombre no se puede mostrar. Usa letras visibles, sin caracteres de control especiales.
error-invalid-hub-address = No se puede usar esta dirección. Debe empezar por https:// (http:// solo dentro de una red local).
error-no-hub = Este dispositivo todavía no está conectado a ningún servidor.
error-not-a-volunteer = Este dispositivo no ha entrado como voluntario. Primero únete con un código de invitación.
error-not-a-coordinator = Solo el dispositivo de un coordinador puede revisar perfiles.
error-invite-unknown = No se reconoce este código de invitación. Compruébalo e inténtalo de nuevo.
error-invite-used = Este código de invitación ya se ha usado. Pide uno nuevo a tu coordinador.
error-invite-expired = Este código de invitación ha caducado. Pide uno nuevo a tu coordinador.
error-profile-changed = El perfil ha cambiado desde que lo miraste. Vuelve a mirarlo antes de decidir.
error-profile-not-found = Este perfil ya no existe.
error-token-revoked = Se ha retirado el acceso de este dispositivo. Pide un nuevo código de invitación a tu coordinador.
error-token-expired = El acceso de este dispositivo ha caducado. Pide un nuevo código de invitación a tu coordinador.
error-token-unknown = El servidor no reconoce este dispositivo. Pide un nuevo código de invitación a tu coordinador.
error-unknown = Algo salió mal (código: { $code }).
reader-explain = Estás leyendo la guía pública de la organización en su sitio web: orientación, servicios y voluntarios publicados. Después de esta visita también se abre en este teléfono sin conexión, en el idioma que elegiste. Para ser voluntario, instala la aplicación Peer Guide.

## The organisation's contact, and one service on its own screen.
services-fallback = Algunas descripciones de abajo se muestran en { $shown }: todavía no están traducidas al { $requested }.
services-all = Todos los servicios
service-directions = Cómo llegar
service-share-link = Compartir enlace
service-link-copied = Enlace copiado. Puedes pegarlo en un mensaje.
service-closures = Cerrado en estas fechas
service-closure = del { $from } al { $to }
service-today = Hoy
contact-title = Contactar con el proyecto
contact-intro = { $name } gestiona esta guía. Puedes llamar, escribir o ir en persona.
contact-interpreter = ¿Necesitas intérprete?
contact-none = Esta guía aún no dice cómo contactar con el proyecto. Pregunta a la persona que te dio la aplicación.
contact-link = Cómo contactar con el proyecto
error-service-not-found = No se encontró este servicio. Puede que se haya retirado.

# The public reader kept for offline reading; $when is a date and time.
offline-saved = Guardado para leer sin conexión. Contenido descargado por última vez el { $when }.
offline-updated = Actualizado. Contenido descargado por última vez el { $when }.
## The move-on plan (screens/Plan.tsx)

plan-home-link = Mis primeras semanas: un plan con tus fechas
plan-home-hint = Qué hacer primero después de tu decisión, y hasta cuándo. Se guarda solo en este teléfono.
plan-title = Mis primeras semanas
plan-intro = Los pasos después de tu decisión, en orden, con el día en que vence cada uno. Tus fechas, marcas y notas se quedan solo en este teléfono: nunca se envían a ningún sitio.
plan-guide-title = El plan de salida, paso a paso
plan-guide-intro = Todos los pasos del plan sin las fechas de nadie, para explicárselos a alguien.
plan-machine-translated = Este plan se tradujo automáticamente y nadie lo ha revisado todavía. Consulta lo importante con un asesor.
plan-open-own = Abrir mi plan
plan-open-guide = ¿Ayudas a alguien? Abre los pasos sin fechas
plan-none = Esta guía todavía no tiene un plan de salida.
plan-end-title = Tu ayuda de asilo termina el { $date }
plan-end-from-letter = Es la fecha de tu carta.
plan-end-from-rule = { $days } días desde tu decisión. Si una carta da otra fecha, escríbela: vale la de la carta.
plan-end-from-rule-since = { $days } días desde tu decisión (la regla para decisiones desde el { $from }). Si una carta da otra fecha, escríbela: vale la de la carta.
plan-end-check-letters = Las reglas cambian. Guíate siempre por las fechas de tus propias cartas y consulta con un asesor.
plan-first-step = Haz esto primero
plan-linked-step = El paso que abriste
plan-other-steps = Los demás pasos
plan-all-steps = Todos los pasos
plan-dates-title = Tus fechas
plan-private = Se guardan solo en este teléfono. Nunca se envían.
plan-decision-label = Fecha de tu carta de decisión
plan-support-end-label = Fecha en que termina tu ayuda, si una carta te la da
plan-support-end-hint = Déjalo vacío si no la sabes: el plan la calcula desde tu decisión.
plan-save-dates = Guardar fechas
plan-decision-on = Decisión: { $date }
plan-change-dates = Cambiar fechas
plan-due = Antes del { $date }
plan-status-done = Hecho
plan-status-overdue = Atrasado
plan-status-today = Hoy
plan-status-soon = Esta semana
plan-status-later = Más tarde
plan-rule-after-decision =
    { $days ->
        [one] En { $days } día desde tu decisión
       *[other] En { $days } días desde tu decisión
    }
plan-rule-before-support-end =
    { $days ->
        [one] { $days } día antes de que termine tu ayuda
       *[other] { $days } días antes de que termine tu ayuda
    }
plan-rule-after-support-end =
    { $days ->
        [one] { $days } día después de que termine tu ayuda
       *[other] { $days } días después de que termine tu ayuda
    }
plan-rule-on-support-end = El día en que termina tu ayuda
plan-read-more = Más información
plan-done = Hecho
plan-note = Mi nota
plan-save-note = Guardar nota
plan-share-step = Copiar enlace a este paso
plan-link-copied = Enlace copiado.
plan-tools-title = Calendario y privacidad
plan-calendar-hint = Pon las fechas en el calendario del teléfono, con un aviso el día antes. El archivo se crea en este teléfono.
plan-calendar = Añadir al calendario (.ics)
plan-delete-explain = Borra tus fechas, marcas y notas de este teléfono. Los pasos se quedan.
plan-delete = Borrar mi plan
plan-delete-question = ¿Borrar todas tus fechas, marcas y notas? No se puede deshacer.
plan-delete-confirm = Sí, borrar todo
plan-deleted = Tu plan se borró de este teléfono.
plan-reminder-title = Vence mañana
plan-reminder-body = { $step }: antes del { $date }
error-plan-not-found = Esta guía todavía no tiene un plan de salida.
error-plan-step-not-found = Este paso ya no está en el plan.
error-invalid-plan-entry = Revisa las fechas: la decisión no puede ser posterior a hoy y la ayuda no puede terminar antes de la decisión.
## The device lock, wipes, leaving.
lock-title = Peer Guide está bloqueado
lock-pin = PIN o frase de contraseña
lock-unlock = Desbloquear
lock-attempts-left =
    { $count ->
        [one] Un PIN incorrecto más y se borran los datos de voluntariado de este dispositivo.
       *[other] Tras { $count } PIN incorrectos seguidos, se borran los datos de voluntariado de este dispositivo.
    }
lock-settings-title = Bloqueo de la aplicación
lock-reader-explain = Bloquea esta aplicación con un PIN, por ejemplo en un teléfono compartido. Lo que guarda la aplicación queda cifrado en este dispositivo.
lock-new-pin = PIN o frase nueva (al menos 6 caracteres)
lock-confirm-pin = Lo mismo otra vez
lock-pin-mismatch = Los dos no coinciden.
lock-set = Bloquear
lock-on = Esta aplicación está bloqueada con un PIN. Lo que guarda está cifrado en este dispositivo.
lock-idle = Bloquear tras este tiempo sin uso
lock-idle-minutes =
    { $count ->
        [one] 1 minuto
       *[other] { $count } minutos
    }
lock-now = Bloquear ahora
lock-change-title = Cambiar el PIN
lock-old-pin = PIN actual
lock-change = Cambiar PIN
lock-remove-title = Quitar el bloqueo
lock-remove = Quitar
join-pin-explain = Este dispositivo guardará los contactos de otras personas voluntarias, así que se bloquea con un PIN: al menos 6 cifras o una frase. Diez PIN incorrectos seguidos borran los datos de voluntariado.
wipe-notice-token-revoked = Una persona coordinadora retiró el acceso de este dispositivo. Se eliminaron de él los contactos y perfiles de voluntariado; las guías siguen aquí.
wipe-notice-wrong-pins = Se introdujeron diez PIN incorrectos seguidos, así que se borraron los datos de voluntariado de este dispositivo. Las guías siguen aquí.
wipe-notice-left = Dejaste la organización en este dispositivo. Se eliminaron de él los contactos y perfiles de voluntariado.
wipe-lost-edits =
    { $count ->
        [one] Un cambio en tu perfil aún no se había enviado y se ha perdido.
       *[other] { $count } cambios en tu perfil aún no se habían enviado y se han perdido.
    }
wipe-dismiss = De acuerdo
leave-title = Dejar la organización en este dispositivo
leave-explain = Esto elimina los contactos de todas las personas voluntarias, los cambios de tu perfil sin enviar y el acceso de este dispositivo. Las guías se quedan.
leave-button = Dejarla en este dispositivo
leave-confirm = Sí, eliminarlo todo
review-revoke = Retirar el acceso de esta persona voluntaria
review-revoke-confirm = Sí: su teléfono borra los datos de voluntariado en su próxima conexión
review-revoked = Acceso retirado. Su teléfono borra los datos de voluntariado en su próxima conexión.
error-locked = La aplicación está bloqueada. Introduce tu PIN.
error-wrong-pin = PIN incorrecto.
error-pin-wiped = Demasiados PIN incorrectos: se borraron los datos de voluntariado de este dispositivo. Las guías siguen aquí.
error-invalid-pin = Un PIN o frase necesita al menos 6 caracteres.
error-lock-required = El dispositivo de una persona voluntaria o coordinadora siempre queda bloqueado.
error-no-lock = Este dispositivo no tiene PIN.
error-keystore-missing = El almacén de claves del sistema de este dispositivo ya no guarda la otra mitad de su clave, así que sus datos no se pueden volver a abrir. Bórrelos y empiece de nuevo; luego únase con un nuevo código de invitación.
error-keystore-unavailable = Ahora no se puede acceder al almacén de claves del sistema de este dispositivo (puede estar bloqueado). Desbloquéelo, o vuelva a iniciar sesión en este ordenador, e inténtelo otra vez.
wipe-notice-started-over = Se borraron los datos de este dispositivo para empezar de nuevo. Las guías siguen aquí; pida un nuevo código de invitación a su coordinador.
lock-keystore-on = Parte de la clave se guarda también en el almacén de claves del sistema de este dispositivo, así que una copia de los archivos no se abre solo con el PIN.
lock-keystore-off = Este dispositivo no ofrece un almacén de claves a la aplicación: solo el PIN protege lo que contiene.
start-over-button = Borrar los datos de este dispositivo y empezar de nuevo
start-over-confirm = Sí, borrarlo todo
error-invalid-idle-time = Elige entre 1 y 60 minutos.

# Suggestions and flags from an article.
feedback-title = Mejorar esta página
suggest-correction = Sugerir una corrección
suggest-translate-into = Traducir al
suggest-translate = Traducir
suggestions-title = Mis sugerencias
flag-open = Esto está mal o no se entiende
flag-sentence = ¿Qué está mal? (opcional, una frase)
flag-privacy = Solo se envían la página, su idioma y tu frase. Nada sobre ti.
flag-send = Enviar
flag-sent = Gracias. La organización lo revisará.
flag-queued = Gracias. Se enviará la próxima vez que este dispositivo se conecte.
suggest-title = Sugerir un texto
suggestion-gone = Esta sugerencia ya no está en este dispositivo.
suggestion-not-editable = Esta sugerencia se ha enviado y ya no se puede cambiar.
suggest-what-correction = Una corrección del texto en { $language }.
suggest-what-translation = Una traducción al { $language }.
suggest-back = Volver al artículo
suggest-field-title = Título
suggest-field-summary = Resumen
suggest-field-body = Texto
suggest-body-hint = Markdown: una línea en blanco entre párrafos, # para un título, - para una lista.
suggest-preview = Vista previa
suggest-credit = Nombrarme si la organización lo usa
suggest-save = Guardar borrador
suggest-send = Enviar
suggest-delete = Borrar borrador
suggest-saved = Guardado en este dispositivo.
suggest-refused = El hub no pudo aceptar esta sugerencia (puede que el artículo se haya retirado o que un campo sea demasiado largo). Cámbiala y envíala de nuevo.
suggestions-intro = Lo que escribiste para la guía. Las sugerencias enviadas llegan a la organización en la próxima sincronización.
suggestions-none = Todavía no has sugerido nada.
suggestion-untitled = (sin título todavía)
suggestion-kind-correction = Corrección, { $language }
suggestion-kind-translation = Traducción al { $language }
suggestion-article = Abrir el artículo
suggestion-state-draft = Borrador: solo en este dispositivo
suggestion-state-waiting = Esperando la próxima sincronización
suggestion-state-sent = Enviada: esperando a un coordinador
suggestion-state-accepted = Aceptada: gracias
suggestion-state-declined = Rechazada
suggestion-reason = Motivo:
suggestion-edit = Editar
error-invalid-suggestion = Revisa la sugerencia: hacen falta un título y un texto, y cada campo tiene una longitud máxima.
error-suggestion-not-found = Esta sugerencia ya se ha enviado y no se puede cambiar.
