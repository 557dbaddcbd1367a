### Peer Guide, French (Français).
### Machine translated, not yet reviewed by a native speaker.

app-name = Peer Guide
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-home = Accueil
nav-search = Rechercher
nav-services = Services
nav-volunteers = Bénévoles
nav-settings = Réglages
loading = Chargement…
retry = Réessayer
filters = Filtres
filter-topic = Thème
filter-any-topic = Tous les thèmes
filter-language = Langue parlée
filter-any-language = Toutes les langues
in-language = En { $language }

first-run-title = Choisissez votre langue
first-run-hint = Vous pourrez la changer plus tard dans les réglages.

home-title = Guides
home-intro = Une aide pas à pas après l'obtention du statut de réfugié en Écosse. Fonctionne sans internet.
home-topics = Tous les thèmes
topic-articles =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
topic-empty = Pas encore de guide sur ce thème.

topic-first-steps = Premiers pas après l'obtention du statut
topic-housing = Logement
topic-employment = Travail
topic-education = Éducation
topic-health = Santé et aide sociale
topic-leisure = Loisirs
topic-social-connections = Rencontrer des gens
topic-language-culture = Langue et culture
topic-safety-stability = Sécurité et stabilité
topic-digital-skills = Compétences numériques
topic-rights-responsibilities = Droits et devoirs

article-fallback = Affiché en { $shown } : pas encore traduit en { $requested }.
article-stale = Cette traduction n'est peut-être plus à jour : la version anglaise a changé depuis.
article-share = Partager
article-copied = Copié. Vous pouvez le coller dans un message.
article-copy-failed = Impossible de copier. Sélectionnez le texte et copiez-le vous-même.
article-checked-on = Vérifié le { $date }
article-machine-translation = Traduit par un ordinateur. Si quelque chose n'est pas clair, demandez à un bénévole pair.
article-machine-volunteers = Bénévoles qui parlent { $language }
article-overdue = { $months ->
        [one] Ce guide a été vérifié pour la dernière fois il y a { $months } mois : les règles ont pu changer.
       *[other] Ce guide a été vérifié pour la dernière fois il y a { $months } mois : les règles ont pu changer.
    }
article-overdue-undated = Ce guide aurait dû être vérifié de nouveau : les règles ont pu changer.
article-sources = Sources
article-source-retrieved = consulté le { $date }
text-size = Taille du texte
text-smaller = Texte plus petit
text-larger = Texte plus grand

search-title = Rechercher
search-label = Rechercher dans les guides
search-placeholder = Par exemple : médecin, logement, argent
search-results =
    { $count ->
        [one] { $count } résultat
       *[other] { $count } résultats
    }
search-none = Aucun résultat pour « { $query } ». Essayez un autre mot.
search-pending = La recherche se prépare encore après la dernière mise à jour. Certains guides peuvent ne pas encore apparaître.

services-title = Services
services-open-now = Ouvert maintenant
services-count =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }
services-none = Aucun service ne correspond à ces filtres.
service-open = Ouvert maintenant
service-closed = Fermé maintenant
service-call = Appeler
service-copy-address = Copier l'adresse
service-address-copied = Adresse copiée.
service-website = Site web
service-speaks = Langues parlées :
service-accessibility = Accessibilité :
service-hours = Horaires d'ouverture
service-closed-all-day = Fermé
service-sample = Données d'exemple
service-sample-note = Ce n'est pas un vrai service : il montre seulement comment fonctionne l'application.
service-checked-on = Informations vérifiées le { $date }
service-cost-free = Gratuit
service-cost-low-cost = Petit prix
service-cost-paid = Payant
service-access-walk-in = Sans rendez-vous
service-access-appointment = Sur rendez-vous
service-access-walk-in-or-appointment = Avec ou sans rendez-vous

volunteers-title = Bénévoles pairs
volunteers-intro = Des réfugiés qui sont passés par là et peuvent aider. Seules les informations que chaque bénévole a choisi de partager sont affichées.
volunteers-count =
    { $count ->
        [one] { $count } bénévole
       *[other] { $count } bénévoles
    }
volunteers-none = Aucun bénévole ne correspond à ces filtres.
volunteer-speaks = Parle :
volunteer-knows = Connaît :
volunteer-no-contact = Demandez au projet de vous mettre en contact.
volunteers-available-now = Disponibles maintenant
volunteers-are-you-one = Vous êtes bénévole pair ? Créez votre profil
volunteer-away-until = Indisponible jusqu'au { $date }
volunteer-usually-free = Disponible en général :
contact-call = Appeler
contact-text = Envoyer un SMS
contact-whatsapp = WhatsApp
contact-signal = Signal
contact-email = Envoyer un e-mail
profile-title = Votre profil de bénévole
profile-is-coordinator = Cet appareil est connecté en tant que coordinateur.
join-explain = Pour devenir bénévole pair, demandez un code d'invitation à un coordinateur. Saisissez-le ici avec l'adresse du serveur de votre organisation.
join-code = Code d'invitation
join-code-hint = Par exemple K7QM-3XPA-9RTD. Il ne fonctionne qu'une fois.
join-submit = Rejoindre
profile-state-new = Vous n'avez pas encore de profil. Remplissez le formulaire ci-dessous : personne ne le voit tant qu'un coordinateur ne l'a pas approuvé.
profile-state-unsent = Votre profil est enregistré sur cet appareil. Il sera envoyé quand vous serez en ligne, et montré aux autres une fois approuvé par un coordinateur.
profile-state-pending = Votre profil attend l'approbation d'un coordinateur. D'ici là, personne d'autre ne peut le voir.
profile-state-changed = Vos modifications attendent l'approbation d'un coordinateur. D'ici là, les autres voient votre profil tel qu'il a été approuvé la dernière fois.
profile-state-approved = Approuvé : les nouveaux arrivants et les autres bénévoles peuvent vous trouver.
profile-state-suspended = Un coordinateur a mis votre profil en pause, donc les autres ne peuvent pas le voir. Parlez-en à votre coordinateur.
profile-deleted = Votre profil est supprimé. Il disparaîtra de tous les appareils après la prochaine synchronisation, avec vos coordonnées.
profile-edit = Vos informations
profile-name = Nom affiché
profile-name-hint = Un prénom ou un surnom suffit.
profile-languages = Langues que vous parlez
profile-language = Langue
profile-level = Niveau
profile-remove = Retirer
profile-add-language = Ajouter une langue
profile-topics = Thèmes sur lesquels vous pouvez aider
profile-availability = Quand vous êtes disponible en général
profile-availability-hint = Cochez les jours et indiquez les heures (heure de Glasgow).
profile-from = Heure de début, { $day }
profile-to = Heure de fin, { $day }
profile-add-time = Ajouter un autre horaire
profile-away-until = Indisponible jusqu'au (facultatif)
profile-away-hint = Pendant votre absence, vous n'apparaissez pas comme disponible. Cela s'applique tout de suite, sans approbation.
profile-back = Je suis de retour
profile-contacts = Comment vous joindre
profile-contacts-hint = Pour chaque moyen, choisissez qui peut le voir. Seul ce que vous choisissez est envoyé sur leur téléphone.
profile-channel = Moyen
profile-contact-email = Adresse e-mail
profile-contact-number = Numéro
profile-visible-to = Qui peut le voir
audience-everyone = Tout le monde, y compris les nouveaux arrivants
audience-volunteers = Bénévoles et coordinateurs
audience-coordinators = Coordinateurs seulement
profile-add-contact = Ajouter un moyen de vous joindre
profile-about = À propos de vous
profile-about-in = En { $language }
profile-save = Enregistrer
profile-saved = Enregistré sur cet appareil. Ce sera envoyé à la prochaine synchronisation.
profile-preview = Ce que voient les autres
profile-preview-hint = Les nouveaux arrivants et les autres bénévoles voient ceci une fois votre profil approuvé par un coordinateur.
profile-preview-suspended = Personne d'autre ne voit votre profil tant qu'il est en pause.
profile-preview-everyone = Comme vous voit un nouvel arrivant
profile-preview-volunteers = Comme vous voient les autres bénévoles
profile-delete-title = Supprimer votre profil
profile-delete-explain = Cela efface votre profil et vos coordonnées du serveur et de tous les appareils après la prochaine synchronisation.
profile-delete = Supprimer mon profil
profile-delete-confirm = Oui, le supprimer partout
review-title = Vérifier les profils des bénévoles
review-intro = Les profils nouveaux ou modifiés ne sont montrés aux autres qu'après votre approbation. Ici, vous voyez toutes les coordonnées.
review-group-pending =
    { $count ->
        [one] En attente d'approbation ({ $count })
       *[other] En attente d'approbation ({ $count })
    }
review-group-suspended =
    { $count ->
        [one] En pause ({ $count })
       *[other] En pause ({ $count })
    }
review-group-approved =
    { $count ->
        [one] Approuvé ({ $count })
       *[other] Approuvés ({ $count })
    }
review-new = Nouveau profil :
review-changed = Modifié depuis l'approbation :
field-display-name = nom
field-languages = langues
field-topics = thèmes
field-availability = disponibilités
field-contacts = coordonnées
field-about = à propos
field-away-until = indisponible jusqu'au
review-approve = Approuver
review-suspend = Mettre en pause
review-reinstate = Montrer à nouveau
settings-volunteering = Bénévolat
fluency-native = langue maternelle
fluency-fluent = courant
fluency-conversational = conversation
fluency-basic = notions
channel-phone = Téléphone
channel-whatsapp = WhatsApp
channel-signal = Signal
channel-email = E-mail

settings-title = Réglages
settings-language = Langue
settings-about = À propos
sync-title = Synchroniser avec votre organisation
sync-explain = Peer Guide fonctionne sans connexion. Quand vous êtes en ligne, il récupère les guides nouveaux ou mis à jour sur le serveur de votre organisation. Le serveur apprend seulement les langues lues sur cet appareil. Rien d'autre sur vous n'est envoyé.
sync-address = Adresse du serveur
sync-address-hint = Votre organisation vous donnera son adresse, par exemple https://hub.example.org
sync-connect = Se connecter
sync-cancel = Annuler
sync-disconnect = Se déconnecter
sync-connected = Connecté à
sync-role =
    { $role ->
        [volunteer] Connecté en tant que bénévole
        [coordinator] Connecté en tant que coordinateur
       *[reader] Pas besoin de compte pour lire
    }
sync-change-address = Changer d'adresse
sync-now = Synchroniser maintenant
sync-running = Synchronisation…
sync-last = Dernière synchronisation : { $when }
sync-never = Pas encore synchronisé.
sync-failed = La dernière tentative ({ $when }) n'a pas marché : { $reason }
sync-offline = Vous êtes hors ligne. Tout fonctionne encore sur cet appareil. La synchronisation se fera quand vous serez de nouveau en ligne.
sync-changes = Ce qui a changé ({ $when })
sync-changes-articles =
    { $count ->
        [one] Un guide est nouveau ou mis à jour
       *[other] { $count } guides sont nouveaux ou mis à jour
    }
sync-changes-services =
    { $count ->
        [one] Un service est nouveau ou mis à jour
       *[other] { $count } services sont nouveaux ou mis à jour
    }
sync-changes-volunteers =
    { $count ->
        [one] Un profil de bénévole est nouveau ou mis à jour
       *[other] { $count } profils de bénévoles sont nouveaux ou mis à jour
    }
sync-changes-restarted = Tout le guide a été téléchargé à nouveau.
sync-key-changed = La clé de signature de l'organisation a changé. N'acceptez la nouvelle clé que si votre organisation vous a dit qu'elle a changé. Sinon, quelqu'un essaie peut-être de se faire passer pour elle.
sync-accept-key = Accepter la nouvelle clé
sync-pending =
    { $count ->
        [one] Une de vos modifications attend d'être envoyée.
       *[other] { $count } de vos modifications attendent d'être envoyées.
    }
about-version = Version { $version }
about-content-date = Contenu mis à jour le { $date }
about-content-never = Aucun contenu n'a encore été chargé.
about-privacy = Rien sur vous ne quitte cet appareil : pas de compte, pas de suivi.
about-translations = Les traductions de l'application ont été faites par machine et n'ont pas encore été vérifiées par des locuteurs natifs.

error-unknown-language = Cette langue n'est pas disponible.
error-invalid-language-tag = Ce code de langue n'est pas valide.
error-unknown-topic = Ce thème n'existe pas.
error-article-not-found = Cet article est introuvable. Il a peut-être été retiré.
error-no-translation = Cet article n'est disponible ni dans votre langue ni en anglais.
error-invalid-date-time = Cette date ou cette heure n'est pas valide.
error-invalid-pack = Le contenu du guide n'a pas pu être chargé.
error-io = Les fichiers du guide n'ont pas pu être lus.
error-database-version = Les données du guide demandent une version plus récente de l'application.
error-database = Les données du guide n'ont pas pu être lues.
error-corrupt-record = Une partie des données du guide est abîmée.
error-invalid-parameters = L'application a demandé au guide quelque chose qu'il n'a pas compris.
error-not-found = Cette page n'existe pas.
error-internal = Le guide a rencontré un problème. Veuillez réessayer.
error-network = Impossible de joindre le guide. Vérifiez qu'il fonctionne toujours.
error-hub-unreachable = Impossible de joindre le serveur. Vérifiez votre connexion. Tout fonctionne encore sur cet appareil.
error-hub-refused = Le serveur a refusé la demande.
error-protocol-mismatch = L'application et le serveur n'utilisent pas la même version. L'un des deux doit être mis à jour.
error-hub-garbled = Le serveur a envoyé quelque chose d'illisible. Rien n'a été modifié.
error-bad-signature = Le serveur a envoyé un contenu qui n'est pas signé par votre organisation. Il n'a pas été enregistré.
error-rollback = Le serveur a envoyé une version du contenu plus ancienne que celle de cet appareil. Elle n'a pas été enregistrée.
error-page-tampered = Quelque chose sur le réseau a modifié ce que le serveur a envoyé. Rien n'a été enregistré ; réessayez, ou sur un autre réseau.
error-hub-stalled = Le serveur annonçait toujours plus de changements sans rien envoyer de nouveau. La synchronisation a été arrêtée ; ce qui est arrivé est conservé.
error-sync-timeout = La synchronisation a pris trop de temps et a été arrêtée. Ce qui est arrivé est conservé ; le reste viendra la prochaine fois.
error-org-key-changed = La clé de signature de l'organisation a changé.
error-profile-deleted = Ce profil a été supprimé.
error-invalid-change = Cette modification du profil n'est pas valide.
error-profile-too-large = Ce profil est trop long. Raccourcissez le texte, ou indiquez moins de langues, de sujets ou de contacts.
error-invalid-display-name = Ce nom ne peut pas être affiché. Utilisez des lettres visibles, sans caractères de contrôle spéciaux.
error-invalid-hub-address = Cette adresse ne peut pas être utilisée. Elle doit commencer par https:// (http:// seulement dans un réseau local).
error-no-hub = Cet appareil n'est encore relié à aucun serveur.
error-not-a-volunteer = Cet appareil n'est pas connecté en tant que bénévole. Utilisez d'abord un code d'invitation pour rejoindre.
error-not-a-coordinator = Seul l'appareil d'un coordinateur peut vérifier les profils.
error-invite-unknown = Ce code d'invitation est inconnu. Vérifiez-le et réessayez.
error-invite-used = Ce code d'invitation a déjà été utilisé. Demandez-en un nouveau à votre coordinateur.
error-invite-expired = Ce code d'invitation a expiré. Demandez-en un nouveau à votre coordinateur.
error-profile-changed = Le profil a changé depuis que vous l'avez consulté. Regardez-le à nouveau avant de décider.
error-profile-not-found = Ce profil n'existe plus.
error-token-revoked = L'accès de cet appareil a été retiré. Demandez un nouveau code d'invitation à votre coordinateur.
error-token-expired = L'accès de cet appareil a expiré. Demandez un nouveau code d'invitation à votre coordinateur.
error-token-unknown = Le serveur ne connaît pas cet appareil. Demandez un nouveau code d'invitation à votre coordinateur.
error-unknown = Une erreur s'est produite (code : { $code }).
reader-explain = Vous lisez le guide public de l’organisation sur son site : conseils, services et bénévoles publiés. Après cette visite, il s’ouvre aussi sur ce téléphone sans connexion, dans la langue choisie. Pour devenir bénévole, installez l’application Peer Guide.

## The organisation's contact, and one service on its own screen.
services-fallback = Certaines descriptions ci-dessous sont affichées en { $shown } : pas encore traduites en { $requested }.
services-all = Tous les services
service-directions = Itinéraire
service-share-link = Partager le lien
service-link-copied = Lien copié. Vous pouvez le coller dans un message.
service-closures = Fermé à ces dates
service-closure = du { $from } au { $to }
service-today = Aujourd’hui
contact-title = Contacter le projet
contact-intro = { $name } gère ce guide. Vous pouvez appeler, écrire ou passer.
contact-interpreter = Besoin d’un interprète ?
contact-none = Ce guide ne dit pas encore comment joindre le projet. Demandez à la personne qui vous a donné l’application.
contact-link = Comment contacter le projet
error-service-not-found = Ce service est introuvable. Il a peut-être été retiré.

# The public reader kept for offline reading; $when is a date and time.
offline-saved = Enregistré pour la lecture hors ligne. Contenu récupéré le { $when }.
offline-updated = Mis à jour. Contenu récupéré le { $when }.
## The move-on plan (screens/Plan.tsx)

plan-home-link = Mes premières semaines : un plan avec vos dates
plan-home-hint = Quoi faire en premier après votre décision, et avant quand. Gardé uniquement sur ce téléphone.
plan-title = Mes premières semaines
plan-intro = Les étapes après votre décision, dans l'ordre, avec le jour où chacune doit être faite. Vos dates, coches et notes restent uniquement sur ce téléphone : elles ne sont jamais envoyées.
plan-guide-title = Le plan de sortie, étape par étape
plan-guide-intro = Toutes les étapes du plan sans les dates de personne, pour les expliquer à quelqu'un.
plan-machine-translated = Ce plan a été traduit automatiquement et personne ne l'a encore vérifié. Vérifiez tout point important avec un conseiller.
plan-open-own = Ouvrir mon plan
plan-open-guide = Vous aidez quelqu'un ? Ouvrez les étapes sans dates
plan-none = Ce guide n'a pas encore de plan de sortie.
plan-end-title = Votre aide aux demandeurs d'asile prend fin le { $date }
plan-end-from-letter = C'est la date de votre lettre.
plan-end-from-rule = { $days } jours après votre décision. Si une lettre donne une autre date, saisissez-la : la lettre l'emporte.
plan-end-from-rule-since = { $days } jours après votre décision (la règle pour les décisions depuis le { $from }). Si une lettre donne une autre date, saisissez-la : la lettre l'emporte.
plan-end-check-letters = Les règles changent. Fiez-vous toujours aux dates de vos propres lettres et vérifiez avec un conseiller.
plan-first-step = À faire en premier
plan-linked-step = L'étape que vous avez ouverte
plan-other-steps = Les autres étapes
plan-all-steps = Toutes les étapes
plan-dates-title = Vos dates
plan-private = Gardées uniquement sur ce téléphone. Jamais envoyées.
plan-decision-label = Date de votre lettre de décision
plan-support-end-label = Date de fin de votre aide, si une lettre vous la donne
plan-support-end-hint = Laissez vide si vous ne la connaissez pas : le plan la calcule à partir de votre décision.
plan-save-dates = Enregistrer les dates
plan-decision-on = Décision : { $date }
plan-change-dates = Modifier les dates
plan-due = Avant le { $date }
plan-status-done = Fait
plan-status-overdue = En retard
plan-status-today = Aujourd'hui
plan-status-soon = Cette semaine
plan-status-later = Plus tard
plan-rule-after-decision =
    { $days ->
        [one] Dans { $days } jour après votre décision
       *[other] Dans les { $days } jours après votre décision
    }
plan-rule-before-support-end =
    { $days ->
        [one] { $days } jour avant la fin de votre aide
       *[other] { $days } jours avant la fin de votre aide
    }
plan-rule-after-support-end =
    { $days ->
        [one] { $days } jour après la fin de votre aide
       *[other] { $days } jours après la fin de votre aide
    }
plan-rule-on-support-end = Le jour où votre aide prend fin
plan-read-more = En savoir plus
plan-done = Fait
plan-note = Ma note
plan-save-note = Enregistrer la note
plan-share-step = Copier le lien de cette étape
plan-link-copied = Lien copié.
plan-tools-title = Calendrier et confidentialité
plan-calendar-hint = Mettez les dates dans le calendrier de votre téléphone, avec un rappel la veille. Le fichier est créé sur ce téléphone.
plan-calendar = Ajouter au calendrier (.ics)
plan-delete-explain = Supprimez vos dates, coches et notes de ce téléphone. Les étapes restent.
plan-delete = Supprimer mon plan
plan-delete-question = Supprimer toutes vos dates, coches et notes ? C'est définitif.
plan-delete-confirm = Oui, tout supprimer
plan-deleted = Votre plan a été supprimé de ce téléphone.
plan-reminder-title = À faire demain
plan-reminder-body = { $step } : avant le { $date }
error-plan-not-found = Ce guide n'a pas encore de plan de sortie.
error-plan-step-not-found = Cette étape n'est plus dans le plan.
error-invalid-plan-entry = Vérifiez les dates : la décision ne peut pas être après aujourd'hui, et l'aide ne peut pas finir avant la décision.
## The device lock, wipes, leaving.
lock-title = Peer Guide est verrouillé
lock-pin = Code PIN ou phrase secrète
lock-unlock = Déverrouiller
lock-attempts-left =
    { $count ->
        [one] Encore un code faux et les données des bénévoles sur cet appareil sont effacées.
       *[other] Après { $count } codes faux d'affilée, les données des bénévoles sur cet appareil sont effacées.
    }
lock-settings-title = Verrouillage de l'application
lock-reader-explain = Verrouillez cette application avec un code PIN, par exemple sur un téléphone partagé. Ce que l'application contient est alors chiffré sur cet appareil.
lock-new-pin = Nouveau code PIN ou phrase secrète (au moins 6 caractères)
lock-confirm-pin = Le même, encore une fois
lock-pin-mismatch = Les deux ne correspondent pas.
lock-set = Verrouiller
lock-on = Cette application est verrouillée par un code PIN. Ce qu'elle contient est chiffré sur cet appareil.
lock-idle = Verrouiller après cette durée sans utilisation
lock-idle-minutes =
    { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
lock-now = Verrouiller maintenant
lock-change-title = Changer le code PIN
lock-old-pin = Code PIN actuel
lock-change = Changer le code
lock-remove-title = Désactiver le verrouillage
lock-remove = Désactiver
join-pin-explain = Cet appareil contiendra les coordonnées d'autres bénévoles : il est donc verrouillé par un code PIN d'au moins 6 chiffres ou une phrase secrète. Dix codes faux d'affilée effacent les données des bénévoles.
wipe-notice-token-revoked = Un coordinateur a retiré l'accès de cet appareil. Les coordonnées et profils des bénévoles en ont été supprimés ; les guides sont toujours là.
wipe-notice-wrong-pins = Dix codes faux ont été saisis d'affilée : les données des bénévoles sur cet appareil ont été effacées. Les guides sont toujours là.
wipe-notice-left = Vous avez quitté l'organisation sur cet appareil. Les coordonnées et profils des bénévoles en ont été supprimés.
wipe-lost-edits =
    { $count ->
        [one] Une modification de votre profil n'avait pas encore été envoyée et est perdue.
       *[other] { $count } modifications de votre profil n'avaient pas encore été envoyées et sont perdues.
    }
wipe-dismiss = OK
leave-title = Quitter l'organisation sur cet appareil
leave-explain = Cela supprime les coordonnées de tous les bénévoles, les modifications de votre profil non envoyées et l'accès de cet appareil. Les guides restent.
leave-button = Quitter sur cet appareil
leave-confirm = Oui, tout supprimer
review-revoke = Retirer l'accès de ce bénévole
review-revoke-confirm = Oui : son téléphone efface les données des bénévoles à sa prochaine connexion
review-revoked = Accès retiré. Son téléphone efface les données des bénévoles à sa prochaine connexion.
error-locked = L'application est verrouillée. Saisissez votre code PIN.
error-wrong-pin = Code PIN faux.
error-pin-wiped = Trop de codes faux : les données des bénévoles sur cet appareil ont été effacées. Les guides sont toujours là.
error-invalid-pin = Un code PIN ou une phrase secrète doit avoir au moins 6 caractères.
error-lock-required = L'appareil d'un bénévole ou d'un coordinateur reste toujours verrouillé.
error-no-lock = Cet appareil n'a pas de code PIN.
error-keystore-missing = Le trousseau système de cet appareil ne contient plus l'autre moitié de sa clé : ses données ne peuvent plus être ouvertes. Effacez-les et recommencez, puis rejoignez avec un nouveau code d'invitation.
error-keystore-unavailable = Le trousseau système de cet appareil est inaccessible pour le moment (il est peut-être verrouillé). Déverrouillez-le, ou reconnectez-vous à cet ordinateur, puis réessayez.
wipe-notice-started-over = Les données de cet appareil ont été effacées pour repartir de zéro. Les guides sont toujours là ; demandez un nouveau code d'invitation à votre coordinateur.
lock-keystore-on = Une partie de la clé est aussi gardée dans le trousseau système de cet appareil : une copie des fichiers ne s'ouvre pas avec le code seul.
lock-keystore-off = Cet appareil n'offre pas de trousseau système à l'application : le code seul protège ce qu'elle contient.
start-over-button = Effacer les données de cet appareil et recommencer
start-over-confirm = Oui, tout effacer
error-invalid-idle-time = Choisissez entre 1 et 60 minutes.

# Suggestions and flags from an article.
feedback-title = Améliorer cette page
suggest-correction = Proposer une correction
suggest-translate-into = Traduire en
suggest-translate = Traduire
suggestions-title = Mes suggestions
flag-open = C’est faux ou pas clair
flag-sentence = Qu’est-ce qui ne va pas ? (facultatif, une phrase)
flag-privacy = Seuls la page, sa langue et votre phrase sont envoyés. Rien sur vous.
flag-send = Envoyer
flag-sent = Merci. L’organisation va regarder.
flag-queued = Merci. Ce sera envoyé la prochaine fois que cet appareil se connecte.
suggest-title = Proposer un texte
suggestion-gone = Cette suggestion n’est plus sur cet appareil.
suggestion-not-editable = Cette suggestion a été envoyée et ne peut plus être modifiée.
suggest-what-correction = Une correction du texte en { $language }.
suggest-what-translation = Une traduction en { $language }.
suggest-back = Retour à l’article
suggest-field-title = Titre
suggest-field-summary = Résumé
suggest-field-body = Texte
suggest-body-hint = Markdown : une ligne vide entre les paragraphes, # pour un titre, - pour une liste.
suggest-preview = Aperçu
suggest-credit = Me nommer si l’organisation l’utilise
suggest-save = Enregistrer le brouillon
suggest-send = Envoyer
suggest-delete = Supprimer le brouillon
suggest-saved = Enregistré sur cet appareil.
suggest-refused = Le hub n’a pas pu accepter cette suggestion (l’article a peut-être été retiré, ou un champ est trop long). Modifiez-la et renvoyez-la.
suggestions-intro = Ce que vous avez écrit pour le guide. Les suggestions envoyées parviennent à l’organisation à la prochaine synchronisation.
suggestions-none = Vous n’avez encore rien proposé.
suggestion-untitled = (pas encore de titre)
suggestion-kind-correction = Correction, { $language }
suggestion-kind-translation = Traduction en { $language }
suggestion-article = Ouvrir l’article
suggestion-state-draft = Brouillon : seulement sur cet appareil
suggestion-state-waiting = En attente de la prochaine synchronisation
suggestion-state-sent = Envoyée : en attente d’un coordinateur
suggestion-state-accepted = Acceptée : merci
suggestion-state-declined = Refusée
suggestion-reason = Motif :
suggestion-edit = Modifier
error-invalid-suggestion = Vérifiez la suggestion : un titre et un texte sont nécessaires, et chaque champ a une longueur maximale.
error-suggestion-not-found = Cette suggestion a déjà été envoyée et ne peut plus être modifiée.
