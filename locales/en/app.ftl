### Peer Guide, English: the reference every other locale follows.
### Written by the project team (English is the source language).

app-name = Peer Guide
skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-search = Search
nav-services = Services
nav-volunteers = Volunteers
nav-settings = Settings
loading = Loading…
retry = Try again
filters = Filters
filter-topic = Topic
filter-any-topic = All topics
filter-language = Language spoken
filter-any-language = Any language
in-language = In { $language }

first-run-title = Choose your language
first-run-hint = You can change it later in Settings.

home-title = Guidance
home-intro = Step-by-step help after you get refugee status in Scotland. It works without internet.
home-topics = All topics
topic-articles =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
topic-empty = No guidance on this topic yet.

topic-first-steps = First steps after a grant of status
topic-housing = Housing
topic-employment = Work
topic-education = Education
topic-health = Health and social care
topic-leisure = Leisure
topic-social-connections = Meeting people
topic-language-culture = Language and culture
topic-safety-stability = Safety and stability
topic-digital-skills = Digital skills
topic-rights-responsibilities = Rights and responsibilities

article-fallback = Shown in { $shown }: not yet translated into { $requested }.
article-stale = This translation may be out of date: the English version has changed since.
article-share = Share
article-copied = Copied. You can paste it into a message.
article-copy-failed = Could not copy. Select the text and copy it yourself.
text-size = Text size
text-smaller = Smaller text
text-larger = Larger text

search-title = Search
search-label = Search the guidance
search-placeholder = For example: doctor, housing, money
search-results =
    { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
search-none = Nothing found for “{ $query }”. Try another word.

services-title = Services
services-open-now = Open now
services-count =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }
services-none = No services match these filters.
service-open = Open now
service-closed = Closed now
service-call = Call
service-copy-address = Copy address
service-address-copied = Address copied.
service-website = Website
service-speaks = Languages spoken:
service-accessibility = Accessibility:
service-hours = Opening hours
service-closed-all-day = Closed
service-cost-free = Free
service-cost-low-cost = Low cost
service-cost-paid = Paid
service-access-walk-in = Walk in
service-access-appointment = By appointment
service-access-walk-in-or-appointment = Walk in or by appointment

volunteers-title = Peer volunteers
volunteers-intro = Refugees who have been through it and can help. Only the details each volunteer chose to share are shown.
volunteers-count =
    { $count ->
        [one] { $count } volunteer
       *[other] { $count } volunteers
    }
volunteers-none = No volunteers match these filters.
volunteer-speaks = Speaks:
volunteer-knows = Knows about:
volunteer-no-contact = Ask the project to put you in touch.
fluency-native = first language
fluency-fluent = fluent
fluency-conversational = conversational
fluency-basic = basic
channel-phone = Phone
channel-whatsapp = WhatsApp
channel-signal = Signal
channel-email = Email

settings-title = Settings
settings-language = Language
settings-about = About
sync-title = Sync with your organisation
sync-explain = Peer Guide works without a connection. When you are online, it fetches new and updated guidance from your organisation's hub. The hub learns only which languages this device reads; nothing else about you is sent.
sync-address = Hub address
sync-address-hint = Your organisation will tell you its address, for example https://hub.example.org
sync-connect = Connect
sync-cancel = Cancel
sync-disconnect = Disconnect
sync-connected = Connected to
sync-role = { $role ->
    [volunteer] Signed in as a volunteer
    [coordinator] Signed in as a coordinator
   *[reader] No account needed to read
}
sync-change-address = Change address
sync-now = Sync now
sync-running = Syncing…
sync-last = Last synced { $when }
sync-never = Not synced yet.
sync-failed = The last try ({ $when }) did not work: { $reason }
sync-offline = You are offline. Everything on this device still works, and it will sync when you are back online.
sync-changes = What changed ({ $when })
sync-changes-articles = { $count ->
    [one] One guide is new or updated
   *[other] { $count } guides are new or updated
}
sync-changes-services = { $count ->
    [one] One service is new or updated
   *[other] { $count } services are new or updated
}
sync-changes-volunteers = { $count ->
    [one] One volunteer profile is new or updated
   *[other] { $count } volunteer profiles are new or updated
}
sync-changes-restarted = The whole guide was downloaded again.
sync-key-changed = The organisation's signing key has changed. Accept the new key only if your organisation told you it changed: otherwise someone may be pretending to be them.
sync-accept-key = Accept the new key
sync-pending = { $count ->
    [one] One change of yours is waiting to be sent.
   *[other] { $count } changes of yours are waiting to be sent.
}
about-version = Version { $version }
about-content-date = Content updated on { $date }
about-content-never = No content has been loaded yet.
about-privacy = Nothing about you leaves this device: no account, no tracking.
about-translations = Translations of the app were made by machine and have not yet been checked by native speakers.

error-unknown-language = This language is not available.
error-invalid-language-tag = This language code is not valid.
error-unknown-topic = This topic does not exist.
error-article-not-found = This article could not be found. It may have been removed.
error-no-translation = This article is not available in your language or in English.
error-invalid-date-time = This date or time is not valid.
error-invalid-pack = The guide's content could not be loaded.
error-io = The guide's files could not be read.
error-database-version = The guide's data needs a newer version of the app.
error-database = The guide's data could not be read.
error-corrupt-record = Some of the guide's data is damaged.
error-invalid-parameters = The app asked the guide something it did not understand.
error-not-found = This page does not exist.
error-internal = The guide had a problem. Please try again.
error-network = Could not reach the guide. Check that it is still running.
error-hub-unreachable = Could not reach the hub. Check your connection; everything on this device still works.
error-hub-refused = The hub refused the request.
error-protocol-mismatch = This app and the hub speak different versions. One of them needs updating.
error-hub-garbled = The hub sent something that could not be read. Nothing was changed.
error-bad-signature = The hub sent content that is not signed by your organisation. It was not saved.
error-rollback = The hub sent an older version of content than this device already has. It was not saved.
error-org-key-changed = The organisation's signing key has changed.
error-profile-deleted = This profile has been deleted.
error-invalid-change = This change to the profile is not valid.
error-invalid-hub-address = This address cannot be used. It must start with https:// (http:// only inside a local network).
error-no-hub = This device is not connected to a hub yet.
error-unknown = Something went wrong (code: { $code }).
