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
error-org-key-changed = La clé de signature de l'organisation a changé.
error-profile-deleted = Ce profil a été supprimé.
error-invalid-change = Cette modification du profil n'est pas valide.
error-invalid-hub-address = Cette adresse ne peut pas être utilisée. Elle doit commencer par https:// (http:// seulement dans un réseau local).
error-no-hub = Cet appareil n'est encore relié à aucun serveur.
error-unknown = Une erreur s'est produite (code : { $code }).
