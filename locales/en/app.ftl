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
article-checked-on = Checked on { $date }
article-machine-translation = Translated by a computer. If something is unclear, ask a peer volunteer.
article-machine-volunteers = Volunteers who speak { $language }
article-overdue = { $months ->
        [one] This guide was last checked { $months } month ago: rules may have changed.
       *[other] This guide was last checked { $months } months ago: rules may have changed.
    }
article-overdue-undated = This guide is past the date when it had to be checked again: rules may have changed.
article-sources = Sources
article-source-retrieved = read on { $date }
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
search-pending = Search is still getting ready after the last update. Some guidance may not show up yet.

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
service-sample = Sample data
service-sample-note = This is not a real service: it only shows how the app works.
service-checked-on = Details checked on { $date }
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
volunteers-available-now = Free now
volunteers-are-you-one = Are you a peer volunteer? Set up your profile
volunteer-away-until = Away until { $date }
volunteer-usually-free = Usually free:
contact-call = Call
contact-text = Text
contact-whatsapp = WhatsApp
contact-signal = Signal
contact-email = Email
profile-title = Your volunteer profile
profile-is-coordinator = This device is signed in as a coordinator.
join-explain = To become a peer volunteer, ask a coordinator for an invite code. Enter it here with your organisation's hub address.
join-code = Invite code
join-code-hint = For example K7QM-3XPA-9RTD. It works once.
join-submit = Join
profile-state-new = You have no profile yet. Fill in the form below: nobody sees it until a coordinator approves it.
profile-state-unsent = Your profile is saved on this device. It will be sent when you are online, and shown to others once a coordinator approves it.
profile-state-pending = Waiting for a coordinator to approve your profile. Until then nobody else can see it.
profile-state-changed = Your changes are waiting for a coordinator's approval. Until then others see your profile as it was last approved.
profile-state-approved = Approved: newcomers and other volunteers can find you.
profile-state-suspended = A coordinator has paused your profile, so others cannot see it. Please talk to your coordinator.
profile-deleted = Your profile is deleted. It will disappear from every device after the next sync, with your contact details.
profile-edit = Your details
profile-name = Name to show
profile-name-hint = A first name or a nickname is enough.
profile-languages = Languages you speak
profile-language = Language
profile-level = How well
profile-remove = Remove
profile-add-language = Add a language
profile-topics = What you can help with
profile-availability = When you are usually free
profile-availability-hint = Tick the days and give the times (Glasgow time).
profile-from = From, on { $day }
profile-to = Until, on { $day }
profile-add-time = Add another time
profile-away-until = Away until (optional)
profile-away-hint = While you are away, you are not shown as free. This takes effect at once, without approval.
profile-back = I am back
profile-contacts = How people can reach you
profile-contacts-hint = For each way, choose who may see it. Only what you choose is ever sent to their phones.
profile-channel = Way
profile-contact-email = Email address
profile-contact-number = Number
profile-visible-to = Who can see it
audience-everyone = Everyone, newcomers too
audience-volunteers = Volunteers and coordinators
audience-coordinators = Coordinators only
profile-add-contact = Add a way to reach you
profile-about = About you
profile-about-in = In { $language }
profile-save = Save
profile-saved = Saved on this device. It will be sent at the next sync.
profile-preview = What others see
profile-preview-hint = Newcomers and other volunteers see this once a coordinator has approved your profile.
profile-preview-suspended = Nobody else sees your profile while it is paused.
profile-preview-everyone = As a newcomer sees you
profile-preview-volunteers = As other volunteers see you
profile-delete-title = Delete your profile
profile-delete-explain = This removes your profile and contact details from the hub and from every device after the next sync.
profile-delete = Delete my profile
profile-delete-confirm = Yes, delete it everywhere
review-title = Review volunteer profiles
review-intro = New and changed profiles are shown to others only after you approve them. You see every contact detail here.
review-group-pending = { $count ->
    [one] Waiting for approval (1)
   *[other] Waiting for approval ({ $count })
}
review-group-suspended = { $count ->
    [one] Paused (1)
   *[other] Paused ({ $count })
}
review-group-approved = { $count ->
    [one] Approved (1)
   *[other] Approved ({ $count })
}
review-new = New profile:
review-changed = Changed since approval:
field-display-name = name
field-languages = languages
field-topics = topics
field-availability = availability
field-contacts = contact details
field-about = about
field-away-until = away until
review-approve = Approve
review-suspend = Pause
review-reinstate = Show again
settings-volunteering = Volunteering
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
error-page-tampered = Something on the network changed what the hub sent. Nothing of it was saved; try again, or on another network.
error-hub-stalled = The hub kept saying more was coming but sent nothing new. The sync was stopped; what arrived is kept.
error-sync-timeout = The sync took too long and was stopped. What arrived is kept; the rest comes next time.
error-org-key-changed = The organisation's signing key has changed.
error-profile-deleted = This profile has been deleted.
error-invalid-change = This change to the profile is not valid.
error-profile-too-large = This profile is too long. Shorten the text, or use fewer languages, topics or contacts.
error-invalid-display-name = This name cannot be shown. Use visible letters, without special control characters.
error-invalid-hub-address = This address cannot be used. It must start with https:// (http:// only inside a local network).
error-no-hub = This device is not connected to a hub yet.
error-not-a-volunteer = This device is not signed in as a volunteer. Join with an invite code first.
error-not-a-coordinator = Only a coordinator's device can review profiles.
error-invite-unknown = This invite code is not known. Check it and try again.
error-invite-used = This invite code has already been used. Ask your coordinator for a new one.
error-invite-expired = This invite code has expired. Ask your coordinator for a new one.
error-profile-changed = The profile changed since you looked at it. Look again before deciding.
error-profile-not-found = This profile no longer exists.
error-token-revoked = This device's access was withdrawn. Ask your coordinator for a new invite code.
error-token-expired = This device's access has expired. Ask your coordinator for a new invite code.
error-token-unknown = The hub does not know this device. Ask your coordinator for a new invite code.
error-unknown = Something went wrong (code: { $code }).
reader-explain = You are reading the organisation's public guide on its website: published guidance, services and volunteers. After this visit it opens on this phone without a connection too, in the language you chose. To volunteer, install the Peer Guide app.

## The organisation's contact, and one service on its own screen.
services-fallback = Some descriptions below are shown in { $shown }: not yet translated into { $requested }.
services-all = All services
service-directions = Directions
service-share-link = Share link
service-link-copied = Link copied. You can paste it into a message.
service-closures = Closed on these dates
service-closure = { $from } to { $to }
service-today = Today
contact-title = Contact the project
contact-intro = { $name } runs this guide. You can call, write or visit.
contact-interpreter = Need an interpreter?
contact-none = This guide does not yet say how to reach the project. Ask the person who gave you the app.
contact-link = How to contact the project
error-service-not-found = This service could not be found. It may have been removed.

# The public reader kept for offline reading; $when is a date and time.
offline-saved = Saved for reading offline. Content last fetched { $when }.
offline-updated = Updated. Content last fetched { $when }.
## The move-on plan (screens/Plan.tsx)

plan-home-link = My first weeks: a plan with your dates
plan-home-hint = What to do first after your decision, and by when. Kept only on this phone.
plan-title = My first weeks
plan-intro = The steps after your decision, in order, with the day each one is due. Your dates, ticks and notes stay only on this phone: they are never sent anywhere.
plan-guide-title = The move-on plan, step by step
plan-guide-intro = Every step of the plan without anyone's dates, to talk someone through it.
plan-machine-translated = This plan was translated by machine and not yet checked by a person. Check anything important with an adviser.
plan-open-own = Open my own plan
plan-open-guide = Helping someone? Open the steps without dates
plan-none = This guide has no move-on plan yet.
plan-end-title = Your asylum support ends on { $date }
plan-end-from-letter = This is the date from your letter.
plan-end-from-rule = { $days } days from your decision. If a letter gives another date, enter it: the letter wins.
plan-end-from-rule-since = { $days } days from your decision (the rule for decisions from { $from }). If a letter gives another date, enter it: the letter wins.
plan-end-check-letters = Rules change. Always go by the dates on your own letters, and check with an adviser.
plan-first-step = Do this first
plan-linked-step = The step you opened
plan-other-steps = The other steps
plan-all-steps = All steps
plan-dates-title = Your dates
plan-private = Kept only on this phone. Never sent.
plan-decision-label = Date on your decision letter
plan-support-end-label = Date your asylum support ends, if a letter tells you
plan-support-end-hint = Leave it empty if you do not know: the plan works it out from your decision.
plan-save-dates = Save dates
plan-decision-on = Decision: { $date }
plan-change-dates = Change dates
plan-due = By { $date }
plan-status-done = Done
plan-status-overdue = Overdue
plan-status-today = Today
plan-status-soon = This week
plan-status-later = Later
plan-rule-after-decision =
    { $days ->
        [one] Within { $days } day of your decision
       *[other] Within { $days } days of your decision
    }
plan-rule-before-support-end =
    { $days ->
        [one] { $days } day before your support ends
       *[other] { $days } days before your support ends
    }
plan-rule-after-support-end =
    { $days ->
        [one] { $days } day after your support ends
       *[other] { $days } days after your support ends
    }
plan-rule-on-support-end = On the day your support ends
plan-read-more = Read more about this
plan-done = Done
plan-note = My note
plan-save-note = Save note
plan-share-step = Copy link to this step
plan-link-copied = Link copied.
plan-tools-title = Calendar and privacy
plan-calendar-hint = Put the dates in your phone's calendar, with a reminder the day before. The file is made on this phone.
plan-calendar = Add to calendar (.ics)
plan-delete-explain = Delete your dates, ticks and notes from this phone. The steps stay.
plan-delete = Delete my plan
plan-delete-question = Delete all your dates, ticks and notes? This cannot be undone.
plan-delete-confirm = Yes, delete all
plan-deleted = Your plan was deleted from this phone.
plan-reminder-title = Due tomorrow
plan-reminder-body = { $step }: by { $date }
error-plan-not-found = This guide has no move-on plan yet.
error-plan-step-not-found = This step is not in the plan any more.
error-invalid-plan-entry = Check the dates: the decision cannot be after today, and support cannot end before the decision.
## The device lock, wipes, leaving.
lock-title = Peer Guide is locked
lock-pin = PIN or passphrase
lock-unlock = Unlock
lock-attempts-left =
    { $count ->
        [one] One more wrong PIN and the volunteer data on this device is wiped.
       *[other] After { $count } wrong PINs in a row, the volunteer data on this device is wiped.
    }
lock-settings-title = App lock
lock-reader-explain = Lock this app with a PIN, for example on a phone you share. What the app holds is then encrypted on this device.
lock-new-pin = New PIN or passphrase (at least 6 characters)
lock-confirm-pin = The same again
lock-pin-mismatch = The two do not match.
lock-set = Set PIN
lock-on = This app is locked with a PIN. What it holds is encrypted on this device.
lock-idle = Lock after this long without use
lock-idle-minutes =
    { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
lock-now = Lock now
lock-change-title = Change the PIN
lock-old-pin = Current PIN
lock-change = Change PIN
lock-remove-title = Turn the lock off
lock-remove = Turn off
join-pin-explain = This device will hold other volunteers' contacts, so it is locked with a PIN: at least 6 digits, or a passphrase. Ten wrong PINs in a row wipe the volunteer data.
wipe-notice-token-revoked = A coordinator ended this device's access. Volunteer contacts and profiles were removed from it; the guidance is still here.
wipe-notice-wrong-pins = Ten wrong PINs were entered in a row, so the volunteer data on this device was wiped. The guidance is still here.
wipe-notice-left = You left the organisation on this device. Volunteer contacts and profiles were removed from it.
wipe-lost-edits =
    { $count ->
        [one] One change to your profile had not been sent yet and is lost.
       *[other] { $count } changes to your profile had not been sent yet and are lost.
    }
wipe-dismiss = OK
leave-title = Leave the organisation on this device
leave-explain = This removes every volunteer's contacts, your unsent profile changes and this device's access. The guidance stays.
leave-button = Leave on this device
leave-confirm = Yes, remove it all
review-revoke = End this volunteer's access
review-revoke-confirm = Yes: their phone deletes the volunteer data when it next connects
review-revoked = Access ended. Their phone deletes the volunteer data when it next connects.
error-locked = The app is locked. Enter your PIN.
error-wrong-pin = Wrong PIN.
error-pin-wiped = Too many wrong PINs: the volunteer data on this device was wiped. The guidance is still here.
error-invalid-pin = A PIN or passphrase needs at least 6 characters.
error-lock-required = A volunteer's or coordinator's device always stays locked.
error-no-lock = This device has no PIN.
error-keystore-missing = This device's system keystore no longer holds the other half of its key, so its data cannot be opened again. Remove it and start again, then join with a new invite code.
error-keystore-unavailable = This device's system keystore cannot be reached right now (it may be locked). Unlock it, or sign in to this computer again, and try once more.
wipe-notice-started-over = The data on this device was removed so it could start again. The guidance is still here; ask your coordinator for a new invite code.
lock-keystore-on = Part of the key is also kept in this device's system keystore, so a copy of the files cannot be opened with the PIN alone.
lock-keystore-off = This device offers no system keystore to this app: the PIN alone protects what it holds.
start-over-button = Remove this device's data and start again
start-over-confirm = Yes, remove it all
error-invalid-idle-time = Choose between 1 and 60 minutes.

# Suggestions and flags from an article.
feedback-title = Improve this page
suggest-correction = Suggest a correction
suggest-translate-into = Translate into
suggest-translate = Translate
suggestions-title = My suggestions
flag-open = This is wrong or unclear
flag-sentence = What is wrong? (optional, one sentence)
flag-privacy = Only the page, its language and your sentence are sent. Nothing about you.
flag-send = Send
flag-sent = Thank you. The organisation will look at it.
flag-queued = Thank you. It will be sent the next time this device connects.
suggest-title = Suggest a text
suggestion-gone = This suggestion is no longer on this device.
suggestion-not-editable = This suggestion has been sent and can no longer be changed.
suggest-what-correction = A correction of the { $language } text.
suggest-what-translation = A translation into { $language }.
suggest-back = Back to the article
suggest-field-title = Title
suggest-field-summary = Summary
suggest-field-body = Text
suggest-body-hint = Markdown: a blank line between paragraphs, # for a heading, - for a list.
suggest-preview = Preview
suggest-credit = Name me if the organisation uses it
suggest-save = Save draft
suggest-send = Send
suggest-delete = Delete draft
suggest-saved = Saved on this device.
suggest-refused = The hub could not take this suggestion (the article may have been removed, or a field is too long). Change it and send it again.
suggestions-intro = What you wrote for the guide. Sent suggestions go to the organisation at the next sync.
suggestions-none = You have not suggested anything yet.
suggestion-untitled = (no title yet)
suggestion-kind-correction = Correction, { $language }
suggestion-kind-translation = Translation into { $language }
suggestion-article = Open the article
suggestion-state-draft = Draft: only on this device
suggestion-state-waiting = Waiting for the next sync
suggestion-state-sent = Sent: waiting for a coordinator
suggestion-state-accepted = Accepted: thank you
suggestion-state-declined = Declined
suggestion-reason = Reason:
suggestion-edit = Edit
error-invalid-suggestion = Check the suggestion: a title and a text are needed, and each field has a maximum length.
error-suggestion-not-found = This suggestion has been sent already and can no longer be changed.
