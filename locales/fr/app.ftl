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
error-unknown = Une erreur s'est produite (code : { $code }).
