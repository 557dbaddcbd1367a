### Peer Guide, Tigrinya (ትግርኛ).
### Machine translated, not yet reviewed by a native speaker.

app-name = መምርሒ መሳርሕቲ
skip-to-content = ናብ ትሕዝቶ ኪድ
nav-label = ቀንዲ ዝርዝር
nav-home = መበገሲ
nav-search = ድለ
nav-services = ኣገልግሎታት
nav-volunteers = ወለንተኛታት
nav-settings = ምድላዋት
loading = ይጽዕን ኣሎ…
retry = እንደገና ፈትን
filters = መጻረዪታት
filter-topic = ኣርእስቲ
filter-any-topic = ኩሎም ኣርእስትታት
filter-language = ዝዝረብ ቋንቋ
filter-any-language = ዝኾነ ቋንቋ
in-language = ብ{ $language }

first-run-title = ቋንቋኻ ምረጽ
first-run-hint = ደሓር ኣብ ምድላዋት ክትቅይሮ ትኽእል ኢኻ።

home-title = መምርሒታት
home-intro = ኣብ ስኮትላንድ ናይ ስደተኛ ኩነታት ምስ ረኸብካ ስጉምቲ ብስጉምቲ ሓገዝ። ብዘይ ኢንተርነት ይሰርሕ።
home-topics = ኩሎም ኣርእስትታት
topic-articles =
    { $count ->
        [one] { $count } ጽሑፍ
       *[other] { $count } ጽሑፋት
    }
topic-empty = ኣብዚ ኣርእስቲ ገና መምርሒ የለን።

topic-first-steps = ፍቓድ ምስ ረኸብካ ቀዳሞት ስጉምትታት
topic-housing = መንበሪ
topic-employment = ስራሕ
topic-education = ትምህርቲ
topic-health = ጥዕናን ማሕበራዊ ክንክንን
topic-leisure = ዕረፍቲ
topic-social-connections = ሰባት ምፍላጥ
topic-language-culture = ቋንቋን ባህልን
topic-safety-stability = ድሕንነትን ርግኣትን
topic-digital-skills = ዲጂታላዊ ክእለታት
topic-rights-responsibilities = መሰላትን ሓላፍነታትን

article-fallback = ብ{ $shown } ይርአ ኣሎ፡ ገና ናብ { $requested } ኣይተተርጎመን።
article-stale = እዚ ትርጉም ዝሓለፎ ክኸውን ይኽእል፡ እንግሊዝኛ ቅዳሕ ድሕሪኡ ተቐይሩ እዩ።
article-share = ኣካፍል
article-copied = ተቐዲሑ። ኣብ መልእኽቲ ክትለጥፎ ትኽእል ኢኻ።
article-copy-failed = ክቕዳሕ ኣይከኣለን። ጽሑፍ መሪጽካ ባዕልኻ ቕዳሕ።
article-checked-on = ዝተረጋገጸሉ ዕለት፦ { $date }
article-machine-translation = እዚ ጽሑፍ ብኮምፒተር እዩ ተተርጒሙ። ዘይበርህ ነገር እንተሎ፡ ንወለንተኛ ሓጋዚ ሕተት።
article-machine-volunteers = { $language } ዝዛረቡ ወለንተኛታት
article-overdue = { $months ->
        [one] እዚ መምርሒ ንመወዳእታ ግዜ ቅድሚ { $months } ወርሒ እዩ ተረጋጊጹ፦ ሕግታት ተቐይሮም ክኾኑ ይኽእሉ።
       *[other] እዚ መምርሒ ንመወዳእታ ግዜ ቅድሚ { $months } ኣዋርሕ እዩ ተረጋጊጹ፦ ሕግታት ተቐይሮም ክኾኑ ይኽእሉ።
    }
article-overdue-undated = እዚ መምርሒ ዳግማይ ክረጋገጽ ዝነበሮ ዕለት ሓሊፉ፦ ሕግታት ተቐይሮም ክኾኑ ይኽእሉ።
article-sources = ምንጭታት
article-source-retrieved = ዝተነበበሉ ዕለት { $date }
text-size = ዓቐን ጽሑፍ
text-smaller = ዝነኣሰ ጽሑፍ
text-larger = ዝዓበየ ጽሑፍ

search-title = ድለ
search-label = ኣብ መምርሒታት ድለ
search-placeholder = ንኣብነት፡ ሓኪም፡ መንበሪ፡ ገንዘብ
search-results =
    { $count ->
        [one] { $count } ውጽኢት
       *[other] { $count } ውጽኢታት
    }
search-none = ን«{ $query }» ዝኸውን ኣይተረኽበን። ካልእ ቃል ፈትን።
search-pending = ድሕሪ እቲ ዳሕረዋይ ምሕዳስ ድለ ገና ይዳሎ ኣሎ። ገለ መምርሒታት ገና ኣብ ውጽኢት ዘይርኣዩ ይኾኑ።

services-title = ኣገልግሎታት
services-open-now = ሕጂ ክፉት
services-count =
    { $count ->
        [one] { $count } ኣገልግሎት
       *[other] { $count } ኣገልግሎታት
    }
services-none = ምስዞም መጻረዪታት ዝሰማማዕ ኣገልግሎት የለን።
service-open = ሕጂ ክፉት
service-closed = ሕጂ ዕጹው
service-call = ደውል
service-copy-address = ኣድራሻ ቕዳሕ
service-address-copied = ኣድራሻ ተቐዲሑ።
service-website = መርበብ ሓበሬታ
service-speaks = ዝዝረቡ ቋንቋታት፡
service-accessibility = ተበጻሕነት፡
service-hours = ሰዓታት ስራሕ
service-closed-all-day = ዕጹው
service-sample = ናይ ኣብነት ሓበሬታ
service-sample-note = እዚ ናይ ሓቂ ኣገልግሎት ኣይኮነን፡ እቲ ኣፕ ብኸመይ ከም ዝሰርሕ ጥራይ የርኢ።
service-checked-on = ዝርዝራት ብ { $date } ተረጋጊጾም
service-cost-free = ብነጻ
service-cost-low-cost = ትሑት ዋጋ
service-cost-paid = ብክፍሊት
service-access-walk-in = ብዘይ ቆጸራ
service-access-appointment = ብቆጸራ
service-access-walk-in-or-appointment = ብቆጸራ ወይ ብዘይ ቆጸራ

volunteers-title = መሳርሕቲ ወለንተኛታት
volunteers-intro = ብተመሳሳሊ መንገዲ ዝሓለፉን ክሕግዙ ዝኽእሉን ስደተኛታት። እቲ ነፍሲ ወከፍ ወለንተኛ ከካፍሎ ዝመረጾ ሓበሬታ ጥራይ እዩ ዝርአ።
volunteers-count =
    { $count ->
        [one] { $count } ወለንተኛ
       *[other] { $count } ወለንተኛታት
    }
volunteers-none = ምስዞም መጻረዪታት ዝሰማማዕ ወለንተኛ የለን።
volunteer-speaks = ዝዛረቦ፡
volunteer-knows = ዝፈልጦ፡
volunteer-no-contact = እቲ ፕሮጀክት ከራኽበኩም ሕተት።
volunteers-available-now = ሕጂ ዝርከቡ
volunteers-are-you-one = መሳርሕቲ ወለንተኛ ዲኻ? ፕሮፋይልካ ኣዳሉ
volunteer-away-until = ክሳብ { $date } ኣይርከብን
volunteer-usually-free = መብዛሕትኡ ግዜ ዝርከበሉ፡
contact-call = ደውል
contact-text = መልእኽቲ ስደድ
contact-whatsapp = ዋትስኣፕ
contact-signal = ሲግናል
contact-email = ኢመይል ስደድ
profile-title = ናይ ወለንተኛ ፕሮፋይልካ
profile-is-coordinator = እዚ መሳርሒ ከም ኣወሃሃዲ ኣትዩ ኣሎ።
join-explain = መሳርሕቲ ወለንተኛ ንምዃን፡ ካብ ኣወሃሃዲ ኮድ ዕድመ ሕተት። ምስ ኣድራሻ ሰርቨር ትካልካ ኣብዚ ኣእትዎ።
join-code = ኮድ ዕድመ
join-code-hint = ንኣብነት K7QM-3XPA-9RTD። ሓንሳብ ጥራይ እዩ ዝሰርሕ።
join-submit = ተጸንበር
profile-state-new = ገና ፕሮፋይል የብልካን። ነቲ ኣብ ታሕቲ ዘሎ ቅጥዒ ምላእ። ኣወሃሃዲ ክሳብ ዘጽድቖ ዝርእዮ ሰብ የለን።
profile-state-unsent = ፕሮፋይልካ ኣብዚ መሳርሒ ተዓቂቡ ኣሎ። ኢንተርነት ምስ ረኸብካ ክለኣኽ እዩ፡ ኣወሃሃዲ ምስ ኣጽደቖ ድማ ንኻልኦት ክርአ እዩ።
profile-state-pending = ፕሮፋይልካ ምጽዳቕ ኣወሃሃዲ ይጽበ ኣሎ። ክሳብ ሽዑ ካልእ ሰብ ክርእዮ ኣይክእልን።
profile-state-changed = ለውጥታትካ ምጽዳቕ ኣወሃሃዲ ይጽበዩ ኣለዉ። ክሳብ ሽዑ ካልኦት ነቲ ናይ መወዳእታ ዝጸደቐ ፕሮፋይልካ እዮም ዝርእዩ።
profile-state-approved = ጸዲቑ፡ ሓደስቲ መጻእቲን ካልኦት ወለንተኛታትን ክረኽቡኻ ይኽእሉ እዮም።
profile-state-suspended = ኣወሃሃዲ ንፕሮፋይልካ ንግዚኡ ደው ኣቢሉዎ ስለ ዘሎ፡ ካልኦት ክርእይዎ ኣይክእሉን። በጃኻ ምስ ኣወሃሃዲኻ ተዘራረብ።
profile-deleted = ፕሮፋይልካ ተደምሲሱ። ድሕሪ እቲ ዝቕጽል ምሕዳስ፡ ምስ ሓበሬታ ርክብካ ካብ ኩሉ መሳርሒታት ክጠፍእ እዩ።
profile-edit = ሓበሬታኻ
profile-name = ዝርአ ስም
profile-name-hint = ቀዳማይ ስም ወይ ሳጓ ይኣክል።
profile-languages = እትዛረቦም ቋንቋታት
profile-language = ቋንቋ
profile-level = ደረጃ
profile-remove = ኣልግስ
profile-add-language = ቋንቋ ወስኽ
profile-topics = ክትሕግዘሎም እትኽእል ኣርእስትታት
profile-availability = መብዛሕትኡ ግዜ መዓስ ትርከብ
profile-availability-hint = ነቶም መዓልትታት ምልክት ግበረሎም፡ ሰዓታት ድማ ጽሓፍ (ሰዓት ግላስጎ)።
profile-from = ዝጅምረሉ ሰዓት፡ { $day }
profile-to = ዝውድኣሉ ሰዓት፡ { $day }
profile-add-time = ካልእ ግዜ ወስኽ
profile-away-until = ክሳብ መዓስ ኣይትርከብን (ኣማራጺ)
profile-away-hint = ኣብቲ ዘይትርከበሉ ግዜ፡ ከም ዝርከብ ኣይትርአን ኢኻ። እዚ ብዘይ ምጽዳቕ ብኡንብኡ ይሰርሕ።
profile-back = ተመሊሰ ኣለኹ
profile-contacts = ሰባት ብኸመይ ክረኽቡኻ ይኽእሉ
profile-contacts-hint = ንነፍሲ ወከፍ መንገዲ፡ መን ክርእዮ ከም ዝኽእል ምረጽ። እቲ ዝመረጽካዮ ጥራይ እዩ ናብ ተሌፎናቶም ዝለኣኽ።
profile-channel = መንገዲ
profile-contact-email = ኣድራሻ ኢመይል
profile-contact-number = ቁጽሪ
profile-visible-to = መን ክርእዮ ይኽእል
audience-everyone = ኩሉ ሰብ፡ ሓደስቲ መጻእቲ እውን
audience-volunteers = ወለንተኛታትን ኣወሃሃድትን
audience-coordinators = ኣወሃሃድቲ ጥራይ
profile-add-contact = መራኸቢ መንገዲ ወስኽ
profile-about = ብዛዕባኻ
profile-about-in = ብ{ $language }
profile-save = ዓቕብ
profile-saved = ኣብዚ መሳርሒ ተዓቂቡ። ኣብ ዝቕጽል ምሕዳስ ክለኣኽ እዩ።
profile-preview = ካልኦት ዝርእይዎ
profile-preview-hint = ኣወሃሃዲ ፕሮፋይልካ ምስ ኣጽደቖ፡ ሓደስቲ መጻእቲን ካልኦት ወለንተኛታትን እዚ ይርእዩ።
profile-preview-suspended = ፕሮፋይልካ ደው ኢሉ ክሳብ ዘሎ፡ ካልእ ሰብ ኣይርእዮን።
profile-preview-everyone = ሓድሽ መጻኢ ከምዚ ይርእየካ
profile-preview-volunteers = ካልኦት ወለንተኛታት ከምዚ ይርእዩኻ
profile-delete-title = ፕሮፋይልካ ደምስስ
profile-delete-explain = እዚ፡ ድሕሪ እቲ ዝቕጽል ምሕዳስ፡ ፕሮፋይልካን ሓበሬታ ርክብካን ካብ ሰርቨርን ካብ ኩሉ መሳርሒታትን የጥፍኦ።
profile-delete = ፕሮፋይለይ ደምስስ
profile-delete-confirm = እወ፡ ካብ ኩሉ ቦታ ደምስሶ
review-title = ፕሮፋይላት ወለንተኛታት ገምግም
review-intro = ሓደስቲን ዝተቐየሩን ፕሮፋይላት ንኻልኦት ዝርኣዩ ንስኻ ምስ ኣጽደቕካዮም ጥራይ እዩ። ኣብዚ ኩሉ ሓበሬታ ርክብ ትርኢ።
review-group-pending =
    { $count ->
        [one] ምጽዳቕ ዝጽበ ({ $count })
       *[other] ምጽዳቕ ዝጽበዩ ({ $count })
    }
review-group-suspended =
    { $count ->
        [one] ንግዚኡ ደው ዝበለ ({ $count })
       *[other] ንግዚኡ ደው ዝበሉ ({ $count })
    }
review-group-approved =
    { $count ->
        [one] ዝጸደቐ ({ $count })
       *[other] ዝጸደቑ ({ $count })
    }
review-new = ሓድሽ ፕሮፋይል፡
review-changed = ድሕሪ ምጽዳቕ ዝተቐየረ፡
field-display-name = ስም
field-languages = ቋንቋታት
field-topics = ኣርእስትታት
field-availability = ዝርከበሉ ግዜ
field-contacts = ሓበሬታ ርክብ
field-about = ብዛዕባ
field-away-until = ዘይርከበሉ ግዜ
review-approve = ኣጽድቕ
review-suspend = ንግዚኡ ደው ኣብል
review-reinstate = እንደገና ኣርኢ
settings-volunteering = ወለንታዊ ስራሕ
fluency-native = ቋንቋ ኣደ
fluency-fluent = ብብቕዓት
fluency-conversational = ናይ ዘተ ደረጃ
fluency-basic = መሰረታዊ
channel-phone = ተሌፎን
channel-whatsapp = ዋትስኣፕ
channel-signal = ሲግናል
channel-email = ኢመይል

settings-title = ምድላዋት
settings-language = ቋንቋ
settings-about = ብዛዕባ
sync-title = ካብ ትካልካ ምሕዳስ
sync-explain = መምርሒ መሳርሕቲ ብዘይ ኢንተርነት ይሰርሕ። ኢንተርነት ምስ ዝህሉ፡ ሓደስቲን ዝተሓደሱን መምርሒታት ካብ ሰርቨር ትካልካ የምጽእ። እቲ ሰርቨር ኣብዚ መሳርሒ ዝንበቡ ቋንቋታት ጥራይ እዩ ዝፈልጥ። ካልእ ብዛዕባኻ ዝኾነ ነገር ኣይስደድን።
sync-address = ኣድራሻ ሰርቨር
sync-address-hint = ትካልካ ኣድራሻኡ ክነግረካ እዩ፡ ንኣብነት https://hub.example.org
sync-connect = ኣራኽብ
sync-cancel = ሰርዝ
sync-disconnect = ምትእስሳር ኣቋርጽ
sync-connected = ተራኺቡ ኣሎ፡
sync-role =
    { $role ->
        [volunteer] ከም ወለንተኛ ኣቲኻ ኣለኻ
        [coordinator] ከም ኣወሃሃዲ ኣቲኻ ኣለኻ
       *[reader] ንምንባብ ሕሳብ ኣየድልን
    }
sync-change-address = ኣድራሻ ቐይር
sync-now = ሕጂ ኣሐድስ
sync-running = ይሕደስ ኣሎ…
sync-last = ናይ መወዳእታ ምሕዳስ፡ { $when }
sync-never = ገና ኣይተሓደሰን።
sync-failed = ናይ መወዳእታ ፈተነ ({ $when }) ኣይሰለጠን፡ { $reason }
sync-offline = ኢንተርነት የብልካን። ኣብዚ መሳርሒ ኩሉ ገና ይሰርሕ እዩ። ኢንተርነት ምስ ተመልሰ ክሕደስ እዩ።
sync-changes = እንታይ ተቐይሩ ({ $when })
sync-changes-articles =
    { $count ->
        [one] { $count } ጽሑፍ ሓድሽ ወይ ዝተሓደሰ እዩ
       *[other] { $count } ጽሑፋት ሓደስቲ ወይ ዝተሓደሱ እዮም
    }
sync-changes-services =
    { $count ->
        [one] { $count } ኣገልግሎት ሓድሽ ወይ ዝተሓደሰ እዩ
       *[other] { $count } ኣገልግሎታት ሓደስቲ ወይ ዝተሓደሱ እዮም
    }
sync-changes-volunteers =
    { $count ->
        [one] { $count } ፕሮፋይል ወለንተኛ ሓድሽ ወይ ዝተሓደሰ እዩ
       *[other] { $count } ፕሮፋይላት ወለንተኛታት ሓደስቲ ወይ ዝተሓደሱ እዮም
    }
sync-changes-restarted = ምሉእ መምርሒ እንደገና ወሪዱ።
sync-key-changed = መፍትሕ ፊርማ ናይቲ ትካል ተቐይሩ እዩ። ትካልካ ከም ዝተቐየረ እንተ ነጊሩካ ጥራይ ነቲ ሓድሽ መፍትሕ ተቐበሎ። እንተዘይኮይኑ፡ ሓደ ሰብ ከም ትካልካ መሲሉ ይቐርብ ክኸውን ይኽእል።
sync-accept-key = ነቲ ሓድሽ መፍትሕ ተቐበል
sync-pending =
    { $count ->
        [one] { $count } ናትካ ለውጢ ክለኣኽ ይጽበ ኣሎ።
       *[other] { $count } ናትካ ለውጥታት ክለኣኹ ይጽበዩ ኣለዉ።
    }
about-version = ሕታም { $version }
about-content-date = ትሕዝቶ ብ{ $date } ተሓዲሱ
about-content-never = ገና ዝተጻዕነ ትሕዝቶ የለን።
about-privacy = ብዛዕባኻ ዋላ ሓንቲ ካብዚ መሳርሒ ኣይትወጽእን፡ ሕሳብ የለን፡ ምክትታል የለን።
about-translations = ትርጉማት እዚ ኣፕ ብማሽን እዮም ተሰሪሖም፡ ገና ብወለድቲ ተዛረብቲ ኣይተረኣዩን።

error-unknown-language = እዚ ቋንቋ የለን።
error-invalid-language-tag = እዚ ኮድ ቋንቋ ቅኑዕ ኣይኮነን።
error-unknown-topic = እዚ ኣርእስቲ የለን።
error-article-not-found = እዚ ጽሑፍ ኣይተረኽበን። ተኣልዩ ክኸውን ይኽእል።
error-no-translation = እዚ ጽሑፍ ብቋንቋኻ ይኹን ብእንግሊዝኛ የለን።
error-invalid-date-time = እዚ ዕለት ወይ ሰዓት ቅኑዕ ኣይኮነን።
error-invalid-pack = ትሕዝቶ መምርሒ ክጽዓን ኣይከኣለን።
error-io = ፋይላት መምርሒ ክንበቡ ኣይከኣሉን።
error-database-version = ሓበሬታ መምርሒ ሓድሽ ሕታም ኣፕ የድልዮ።
error-database = ሓበሬታ መምርሒ ክንበብ ኣይከኣለን።
error-corrupt-record = ገለ ሓበሬታ መምርሒ ተበላሽዩ እዩ።
error-invalid-parameters = እቲ ኣፕ ነቲ መምርሒ ዘይተረድኦ ነገር ሓቲቱ።
error-not-found = እዚ ገጽ የለን።
error-internal = መምርሒ ጸገም ኣጋጢሙዎ። በጃኻ እንደገና ፈትን።
error-network = ናብ መምርሒ ክብጻሕ ኣይከኣለን። ገና ይሰርሕ ከም ዘሎ ኣረጋግጽ።
error-hub-unreachable = ናብ ሰርቨር ክብጻሕ ኣይከኣለን። ኢንተርነትካ ኣረጋግጽ። ኣብዚ መሳርሒ ኩሉ ገና ይሰርሕ እዩ።
error-hub-refused = እቲ ሰርቨር ነቲ ሕቶ ኣብዩዎ።
error-protocol-mismatch = እዚ ኣፕን እቲ ሰርቨርን ዝተፈላለየ ሕታም ይጥቀሙ። ሓደ ካብኣቶም ክሕደስ ኣለዎ።
error-hub-garbled = እቲ ሰርቨር ክንበብ ዘይክእል ነገር ሰዲዱ። ዝተቐየረ ነገር የለን።
error-bad-signature = እቲ ሰርቨር ብትካልካ ዘይተፈረመ ትሕዝቶ ሰዲዱ። ኣይተዓቀበን።
error-rollback = እቲ ሰርቨር ካብቲ ኣብዚ መሳርሒ ዘሎ ዝኣረገ ሕታም ትሕዝቶ ሰዲዱ። ኣይተዓቀበን።
error-page-tampered = ኣብቲ መርበብ ዝኾነ ነገር ነቲ ሰርቨር ዝሰደዶ ቀይርዎ። ካብኡ ዝተዓቀበ የለን፤ ደጊምካ ወይ ብኻልእ መርበብ ፈትን።
error-hub-stalled = እቲ ሰርቨር ተወሳኺ ይመጽእ ኣሎ ክብል ጸኒሑ ግን ሓድሽ ነገር ኣይሰደደን። ምስምማዕ ደው ኢሉ፤ ዝበጽሐ ተዓቂቡ።
error-sync-timeout = ምስምማዕ ነዊሕ ግዜ ወሲዱ ደው ኢሉ። ዝበጽሐ ተዓቂቡ፤ እቲ ዝተረፈ ኣብ ዝቕጽል ግዜ ይመጽእ።
error-org-key-changed = መፍትሕ ፊርማ ናይቲ ትካል ተቐይሩ እዩ።
error-profile-deleted = እዚ ፕሮፋይል ተሰሪዙ እዩ።
error-invalid-change = እዚ ኣብ ፕሮፋይል ዝተገብረ ለውጢ ቅኑዕ ኣይኮነን።
error-profile-too-large = እዚ ፕሮፋይል ኣዝዩ ነዊሕ እዩ። ጽሑፉ ኣሕጽሮ፡ ወይ ውሑዳት ቋንቋታት፡ ኣርእስትታት ወይ መራኸቢታት ተጠቐም።
error-invalid-display-name = እዚ ስም ክርአ ኣይክእልን እዩ። ብዘይ ፍሉያት ናይ ምቁጽጻር ምልክታት፡ ዝርአዩ ፊደላት ተጠቐም።
error-invalid-hub-address = እዚ ኣድራሻ ክሰርሕ ኣይክእልን። ብ https:// ክጅምር ኣለዎ (http:// ኣብ ውሽጢ ከባቢያዊ መርበብ ጥራይ)።
error-no-hub = እዚ መሳርሒ ገና ምስ ዝኾነ ሰርቨር ኣይተራኸበን።
error-not-a-volunteer = እዚ መሳርሒ ከም ወለንተኛ ኣይኣተወን። መጀመርታ ብኮድ ዕድመ ተጸንበር።
error-not-a-coordinator = ፕሮፋይላት ክግምግም ዝኽእል መሳርሒ ኣወሃሃዲ ጥራይ እዩ።
error-invite-unknown = እዚ ኮድ ዕድመ ኣይፍለጥን። ኣረጋጊጽካ እንደገና ፈትን።
error-invite-used = እዚ ኮድ ዕድመ ኣቐዲሙ ተጠቒሞሙሉ እዩ። ካብ ኣወሃሃዲኻ ሓድሽ ሕተት።
error-invite-expired = ግዜ እዚ ኮድ ዕድመ ኣኺሉ። ካብ ኣወሃሃዲኻ ሓድሽ ሕተት።
error-profile-changed = እቲ ፕሮፋይል ካብ ዝረኣኻዮ ንደሓር ተቐይሩ። ቅድሚ ምውሳንካ እንደገና ርአዮ።
error-profile-not-found = እዚ ፕሮፋይል ደጊም የለን።
error-token-revoked = ፍቓድ እዚ መሳርሒ ተሰሒቡ። ካብ ኣወሃሃዲኻ ሓድሽ ኮድ ዕድመ ሕተት።
error-token-expired = ግዜ ፍቓድ እዚ መሳርሒ ኣኺሉ። ካብ ኣወሃሃዲኻ ሓድሽ ኮድ ዕድመ ሕተት።
error-token-unknown = እቲ ሰርቨር ነዚ መሳርሒ ኣይፈልጦን። ካብ ኣወሃሃዲኻ ሓድሽ ኮድ ዕድመ ሕተት።
error-unknown = ጌጋ ኣጋጢሙ (ኮድ፡ { $code })።
reader-explain = ናይቲ ትካል ህዝባዊ መምርሒ ኣብ መርበብ ሓበሬታኡ ተንብብ ኣለኻ፡ ዝተዘርግሑ መምርሒታት፡ ኣገልግሎታትን ወለንተኛታትን። ድሕሪ እዚ ምብጻሕ ብዘይ ኢንተርነት እውን ኣብዚ ተሌፎን ይኽፈት፡ ብዝመረጽካዮ ቋንቋ። ወለንታዊ ንምዃን፡ ናይ Peer Guide መተግበሪ ኣእቱ።

## The organisation's contact, and one service on its own screen.
services-fallback = ገለ መግለጺታት ኣብ ታሕቲ ብ{ $shown } ይርኣዩ ኣለዉ፡ ገና ናብ { $requested } ኣይተተርጎሙን።
services-all = ኩሎም ኣገልግሎታት
service-directions = መምርሒ መንገዲ
service-share-link = ሊንክ ኣካፍል
service-link-copied = እቲ ሊንክ ተቐዲሑ። ኣብ መልእኽቲ ክትልጥፎ ትኽእል ኢኻ።
service-closures = ኣብዞም ዕለታት ዕጹው እዩ
service-closure = ካብ { $from } ክሳብ { $to }
service-today = ሎሚ
contact-title = ንፕሮጀክት ተራኸቡ
contact-intro = { $name } ነዚ መምርሒ የካይዶ። ክትድውሉ፡ ክትጽሕፉ ወይ ክትበጽሑ ትኽእሉ ኢኹም።
contact-interpreter = ተርጓሚ የድልየኩም ድዩ?
contact-none = እዚ መምርሒ ንፕሮጀክት ብኸመይ ከም ትረኽብዎ ገና ኣይሓበረን። ነቲ ነዚ ኣፕ ዝሃበኩም ሰብ ሕተቱ።
contact-link = ንፕሮጀክት ብኸመይ ትራኸቡ
error-service-not-found = እዚ ኣገልግሎት ኣይተረኽበን። ተኣልዩ ክኸውን ይኽእል።

# The public reader kept for offline reading; $when is a date and time.
offline-saved = ብዘይ ኢንተርነት ንምንባብ ተዓቂቡ። ትሕዝቶ ዳሕረዋይ ዝመጸሉ { $when }።
offline-updated = ተሓዲሱ። ትሕዝቶ ዳሕረዋይ ዝመጸሉ { $when }።
## The move-on plan (screens/Plan.tsx)

plan-home-link = ቀዳሞት ሰሙናተይ፡ ብዕለታትካ ዝተሰርዐ መደብ
plan-home-hint = ድሕሪ ውሳኔኻ ቅድም እንታይ ትገብር፡ ክሳብ መዓስ። ኣብዚ ስልኪ ጥራይ ይዕቀብ።
plan-title = ቀዳሞት ሰሙናተይ
plan-intro = ድሕሪ ውሳኔኻ ዘለዉ ስጉምትታት ብቕደም ሰዓብ፡ ነፍሲ ወከፍ ዝግበረሉ መዓልቲ ሒዙ። ዕለታትካ፡ ምልክታትካን መዘኻኸሪታትካን ኣብዚ ስልኪ ጥራይ ይጸንሑ፡ ናብ ዝኾነ ቦታ ፈጺሞም ኣይለኣኹን።
plan-guide-title = መደብ ምግዓዝ፡ ስጉምቲ ብስጉምቲ
plan-guide-intro = ኩሎም ስጉምትታት መደብ ብዘይ ዕለታት ዝኾነ ሰብ፡ ንሓደ ሰብ ንምግላጽ።
plan-machine-translated = እዚ መደብ ብማሽን ተተርጒሙ፡ ገና ሰብ ኣይረኣዮን። ኣገዳሲ ነገር ምስ ኣማኻሪ ኣረጋግጽ።
plan-open-own = ናተይ መደብ ክፈት
plan-open-guide = ንሓደ ሰብ ትሕግዝ ዲኻ? ስጉምትታት ብዘይ ዕለታት ክፈት
plan-none = እዚ መምርሒ ገና መደብ ምግዓዝ የብሉን።
plan-end-title = ደገፍ ዑቕባኻ ብ{ $date } ይውዳእ
plan-end-from-letter = እዚ ዕለት ደብዳቤኻ እዩ።
plan-end-from-rule = ካብ ውሳኔኻ { $days } መዓልታት። ደብዳቤ ካልእ ዕለት እንተ ሂቡ ኣእትዎ፡ ዕለት ደብዳቤ እዩ ዝዓዝዝ።
plan-end-from-rule-since = ካብ ውሳኔኻ { $days } መዓልታት (ሕጊ ንውሳኔታት ካብ { $from } ጀሚሩ)። ደብዳቤ ካልእ ዕለት እንተ ሂቡ ኣእትዎ፡ ዕለት ደብዳቤ እዩ ዝዓዝዝ።
plan-end-check-letters = ሕግታት ይቕየሩ። ኩሉ ግዜ ብዕለታት ናይ ገዛእ ርእስኻ ደብዳቤታት ተመራሕ፡ ምስ ኣማኻሪ ድማ ኣረጋግጽ።
plan-first-step = ቅድም እዚ ግበር
plan-linked-step = ዝኸፈትካዮ ስጉምቲ
plan-other-steps = ካልኦት ስጉምትታት
plan-all-steps = ኩሎም ስጉምትታት
plan-dates-title = ዕለታትካ
plan-private = ኣብዚ ስልኪ ጥራይ ይዕቀብ። ፈጺሙ ኣይለኣኽን።
plan-decision-label = ኣብ ደብዳቤ ውሳኔ ዘሎ ዕለት
plan-support-end-label = ደገፍካ ዝውዳኣሉ ዕለት፡ ደብዳቤ እንተ ነጊሩካ
plan-support-end-hint = እንተ ዘይፈለጥካዮ ባዶ ግደፎ፡ መደብ ካብ ውሳኔኻ ይሓስቦ።
plan-save-dates = ዕለታት ዓቕብ
plan-decision-on = ውሳኔ፡ { $date }
plan-change-dates = ዕለታት ቀይር
plan-due = ክሳብ { $date }
plan-status-done = ተገይሩ
plan-status-overdue = ግዜኡ ሓሊፉ
plan-status-today = ሎሚ
plan-status-soon = ኣብዚ ሰሙን
plan-status-later = ደሓር
plan-rule-after-decision = ድሕሪ ውሳኔኻ ኣብ ውሽጢ { $days } መዓልታት
plan-rule-before-support-end = ደገፍካ ቅድሚ ምውዳኡ { $days } መዓልታት
plan-rule-after-support-end = ደገፍካ ድሕሪ ምውዳኡ { $days } መዓልታት
plan-rule-on-support-end = ደገፍካ ኣብ ዝውዳኣሉ መዓልቲ
plan-read-more = ተወሳኺ ኣንብብ
plan-done = ተገይሩ
plan-note = መዘኻኸሪየይ
plan-save-note = መዘኻኸሪ ዓቕብ
plan-share-step = መላግቦ ናይዚ ስጉምቲ ቅዳሕ
plan-link-copied = መላግቦ ተቐዲሑ።
plan-tools-title = ዓውደ ኣዋርሕን ብሕትውናን
plan-calendar-hint = ነቶም ዕለታት ኣብ ዓውደ ኣዋርሕ ስልክኻ ኣእትዎም፡ ቅድሚ ሓደ መዓልቲ መዘኻኸሪ ሒዞም። እቲ ፋይል ኣብዚ ስልኪ እዩ ዝስራሕ።
plan-calendar = ናብ ዓውደ ኣዋርሕ ወስኽ (.ics)
plan-delete-explain = ዕለታትካ፡ ምልክታትካን መዘኻኸሪታትካን ካብዚ ስልኪ ደምስስ። ስጉምትታት ይተርፉ።
plan-delete = መደበይ ደምስስ
plan-delete-question = ኩሎም ዕለታትካ፡ ምልክታትካን መዘኻኸሪታትካን ይደምሰሱ ዶ? ክምለስ ኣይክእልን።
plan-delete-confirm = እወ፡ ኩሉ ደምስስ
plan-deleted = መደብካ ካብዚ ስልኪ ተደምሲሱ።
plan-reminder-title = ጽባሕ ግዜኡ እዩ
plan-reminder-body = { $step }፡ ክሳብ { $date }
error-plan-not-found = እዚ መምርሒ ገና መደብ ምግዓዝ የብሉን።
error-plan-step-not-found = እዚ ስጉምቲ ድሕሪ ሕጂ ኣብ መደብ የለን።
error-invalid-plan-entry = ዕለታት ኣረጋግጽ፡ ውሳኔ ድሕሪ ሎሚ ክኸውን ኣይክእልን፡ ደገፍ ድማ ቅድሚ ውሳኔ ክውዳእ ኣይክእልን።
## The device lock, wipes, leaving.
lock-title = መምርሒ መሳርሕቲ ተዓጺዩ ኣሎ
lock-pin = ምስጢራዊ ቁጽሪ ወይ ምስጢራዊ ሓረግ
lock-unlock = ክፈት
lock-attempts-left =
    { $count ->
        [one] ሓደ ተወሳኺ ጌጋ ምስጢራዊ ቁጽሪ እሞ ኣብዚ መሳርሒ ዘሎ ሓበሬታ ወለንተኛታት ይድምሰስ።
       *[other] ድሕሪ { $count } ተኸታተልቲ ጌጋ ምስጢራዊ ቁጽሪ፡ ኣብዚ መሳርሒ ዘሎ ሓበሬታ ወለንተኛታት ይድምሰስ።
    }
lock-settings-title = መዓጸዊ ኣፕ
lock-reader-explain = ነዚ ኣፕ ብምስጢራዊ ቁጽሪ ዓጽዎ፡ ንኣብነት ኣብ ምስ ካልኦት እትካፈሎ ስልኪ። ሽዑ እቲ ኣፕ ዝሕዞ ኣብዚ መሳርሒ ይምስጠር።
lock-new-pin = ሓድሽ ምስጢራዊ ቁጽሪ ወይ ሓረግ (እንተወሓደ 6 ፊደላት)
lock-confirm-pin = ንሱ እንደገና
lock-pin-mismatch = እቶም ክልተ ሓደ ኣይኮኑን።
lock-set = ዓጽው
lock-on = እዚ ኣፕ ብምስጢራዊ ቁጽሪ ተዓጺዩ ኣሎ። ዝሕዞ ኣብዚ መሳርሒ ተምስጢሩ ኣሎ።
lock-idle = ድሕሪ እዚ ግዜ ብዘይ ኣጠቓቕማ ይዕጾ
lock-idle-minutes =
    { $count ->
        [one] 1 ደቒቕ
       *[other] { $count } ደቓይቕ
    }
lock-now = ሕጂ ዓጽው
lock-change-title = ምስጢራዊ ቁጽሪ ቀይር
lock-old-pin = ናይ ሕጂ ምስጢራዊ ቁጽሪ
lock-change = ምስጢራዊ ቁጽሪ ቀይር
lock-remove-title = መዓጸዊ ኣጥፍእ
lock-remove = ኣጥፍእ
join-pin-explain = እዚ መሳርሒ ናይ ካልኦት ወለንተኛታት ርክባት ክሕዝ እዩ፡ ስለዚ ብምስጢራዊ ቁጽሪ ይዕጾ፦ እንተወሓደ 6 ኣሃዛት ወይ ሓረግ። ዓሰርተ ተኸታተልቲ ጌጋ ምስጢራዊ ቁጽሪ ሓበሬታ ወለንተኛታት ይድምስሱ።
wipe-notice-token-revoked = ሓደ ኣወሃሃዲ ናይዚ መሳርሒ ተበጽሖ ኣቋሪጹ። ርክባትን ፕሮፋይላትን ወለንተኛታት ካብኡ ተኣልዮም፤ እቲ መምርሒ ገና ኣብዚ ኣሎ።
wipe-notice-wrong-pins = ዓሰርተ ተኸታተልቲ ጌጋ ምስጢራዊ ቁጽሪ ኣተዉ፡ ስለዚ ኣብዚ መሳርሒ ዘሎ ሓበሬታ ወለንተኛታት ተደምሲሱ። እቲ መምርሒ ገና ኣብዚ ኣሎ።
wipe-notice-left = ኣብዚ መሳርሒ ካብቲ ውድብ ወጺእካ። ርክባትን ፕሮፋይላትን ወለንተኛታት ካብኡ ተኣልዮም።
wipe-lost-edits =
    { $count ->
        [one] ኣብ ፕሮፋይልካ ዝነበረ ሓደ ለውጢ ገና ኣይተላእከን ነይሩ እሞ ጠፊኡ።
       *[other] ኣብ ፕሮፋይልካ ዝነበሩ { $count } ለውጥታት ገና ኣይተላእኩን ነይሮም እሞ ጠፊኦም።
    }
wipe-dismiss = ሕራይ
leave-title = ኣብዚ መሳርሒ ካብቲ ውድብ ውጻእ
leave-explain = እዚ ርክባት ኩሎም ወለንተኛታት፡ ዘይተላእኩ ለውጥታት ፕሮፋይልካን ተበጽሖ እዚ መሳርሕን የእሊ። እቲ መምርሒ ይተርፍ።
leave-button = ኣብዚ መሳርሒ ውጻእ
leave-confirm = እወ፡ ኩሉ ኣልዮ
review-revoke = ተበጽሖ እዚ ወለንተኛ ኣቋርጽ
review-revoke-confirm = እወ፦ ስልኩ ኣብ ዝቕጽል ርክብ ሓበሬታ ወለንተኛታት ይድምስስ
review-revoked = ተበጽሖ ተቛሪጹ። ስልኩ ኣብ ዝቕጽል ርክብ ሓበሬታ ወለንተኛታት ይድምስስ።
error-locked = እቲ ኣፕ ተዓጺዩ ኣሎ። ምስጢራዊ ቁጽርኻ ኣእቱ።
error-wrong-pin = ጌጋ ምስጢራዊ ቁጽሪ።
error-pin-wiped = ብዙሓት ጌጋ ምስጢራዊ ቁጽሪ፦ ኣብዚ መሳርሒ ዘሎ ሓበሬታ ወለንተኛታት ተደምሲሱ። እቲ መምርሒ ገና ኣብዚ ኣሎ።
error-invalid-pin = ምስጢራዊ ቁጽሪ ወይ ሓረግ እንተወሓደ 6 ፊደላት የድልዮ።
error-lock-required = መሳርሒ ወለንተኛ ወይ ኣወሃሃዲ ኩሉ ግዜ ተዓጺዩ ይጸንሕ።
error-no-lock = እዚ መሳርሒ ምስጢራዊ ቁጽሪ የብሉን።
error-keystore-missing = መኽዘን መፍትሕ ስርዓት ናይዚ መሳርሒ ነቲ ካልኣይ ፍርቂ መፍትሑ ደጊሙ ኣይሓዘን፣ ስለዚ ሓበሬታኡ እንደገና ክኽፈት ኣይክእልን። ደምሲስካ ካብ መጀመርታ ጀምር፣ ድሕሪኡ ብሓድሽ ኮድ ዕድመ ተጸንበር።
error-keystore-unavailable = ሕጂ ናብ መኽዘን መፍትሕ ስርዓት ናይዚ መሳርሒ ክብጻሕ ኣይከኣለን (ተዓጽዩ ክኸውን ይኽእል)። ክፈቶ ወይ ናብዚ ኮምፒተር እንደገና እቶ፣ ከምኡ ድማ እንደገና ፈትን።
wipe-notice-started-over = ሓበሬታ ናይዚ መሳርሒ ካብ መጀመርታ ክጅምር ተደምሲሱ። እቲ መምርሒ ገና ኣብዚ ኣሎ፤ ካብ ኣወሃሃዲኻ ሓድሽ ኮድ ዕድመ ሕተት።
lock-keystore-on = ክፋል ናይቲ መፍትሕ ኣብ መኽዘን መፍትሕ ስርዓት ናይዚ መሳርሒ እውን ይሕሎ፣ ስለዚ ቅዳሕ ናይቶም ፋይላት ብምስጢራዊ ቁጽሪ ጥራይ ኣይኽፈትን።
lock-keystore-off = እዚ መሳርሒ ነዚ ኣፕ መኽዘን መፍትሕ ኣይህብን፦ ነቲ ዘለዎ ዝሕሉ ምስጢራዊ ቁጽሪ ጥራይ እዩ።
start-over-button = ሓበሬታ ናይዚ መሳርሒ ደምሲስካ ካብ መጀመርታ ጀምር
start-over-confirm = እወ፣ ኩሉ ደምስሶ
error-invalid-idle-time = ካብ 1 ክሳብ 60 ደቓይቕ ምረጽ።

# Suggestions and flags from an article.
feedback-title = ነዚ ገጽ ኣመሓይሽ
suggest-correction = እርምት ኣቕርብ
suggest-translate-into = ተርጉም ናብ
suggest-translate = ተርጉም
suggestions-title = ናተይ ሓሳባት
flag-open = እዚ ጌጋ ወይ ዘይንጹር እዩ
flag-sentence = እንታይ እዩ ጌጋ? (ኣማራጺ፣ ሓንቲ ሓረግ)
flag-privacy = እቲ ገጽ፣ ቋንቋኡን ሓረግካን ጥራይ እዮም ዝለኣኹ። ብዛዕባኻ ዋላ ሓንቲ የለን።
flag-send = ስደድ
flag-sent = የቐንየልና። እቲ ውድብ ክርእዮ እዩ።
flag-queued = የቐንየልና። እዚ መሳርሒ ኣብ ዝመጽእ ምትእስሳር ክለኣኽ እዩ።
suggest-title = ጽሑፍ ኣቕርብ
suggestion-gone = እዚ ሓሳብ ኣብዚ መሳርሒ የለን።
suggestion-not-editable = እዚ ሓሳብ ተላኢኹ ስለዘሎ ክቕየር ኣይክእልን።
suggest-what-correction = እርምቲ ናይቲ ብ{ $language } ዘሎ ጽሑፍ።
suggest-what-translation = ትርጉም ናብ { $language }።
suggest-back = ናብቲ ጽሑፍ ተመለስ
suggest-field-title = ኣርእስቲ
suggest-field-summary = ሓጺር መግለጺ
suggest-field-body = ጽሑፍ
suggest-body-hint = ማርክዳውን፦ ኣብ መንጎ ክፍልታት ባዶ መስመር፣ # ንኣርእስቲ፣ - ንዝርዝር።
suggest-preview = ቅድመ ምርኣይ
suggest-credit = እቲ ውድብ እንተተጠቒሙሉ ስመይ ይጠቐስ
suggest-save = ንድፊ ዓቅብ
suggest-send = ስደድ
suggest-delete = ንድፊ ደምስስ
suggest-saved = ኣብዚ መሳርሒ ተዓቂቡ።
suggest-refused = እቲ ሰርቨር ነዚ ሓሳብ ክቕበሎ ኣይከኣለን (እቲ ጽሑፍ ተደምሲሱ ወይ ሓደ ቦታ ኣዝዩ ነዊሕ ክኸውን ይኽእል)። ቀይሮ እሞ እንደገና ስደዶ።
suggestions-intro = ንመምርሒ ዝጸሓፍካዮ። ዝተላእኩ ሓሳባት ኣብ ዝቕጽል ምትእስሳር ናብቲ ውድብ ይበጽሑ።
suggestions-none = ክሳብ ሕጂ ዋላ ሓንቲ ኣየቕረብካን።
suggestion-untitled = (ገና ኣርእስቲ የብሉን)
suggestion-kind-correction = እርምቲ፣ { $language }
suggestion-kind-translation = ትርጉም ናብ { $language }
suggestion-article = ነቲ ጽሑፍ ክፈት
suggestion-state-draft = ንድፊ፦ ኣብዚ መሳርሒ ጥራይ
suggestion-state-waiting = ንዝቕጽል ምትእስሳር ይጽበ
suggestion-state-sent = ተላኢኹ፦ ንኣወሃሃዲ ይጽበ
suggestion-state-accepted = ተቐቢሉ፦ የቐንየልና
suggestion-state-declined = ተነጺጉ
suggestion-reason = ምኽንያት፦
suggestion-edit = ኣስተኻኽል
error-invalid-suggestion = ነቲ ሓሳብ ፈትሾ፦ ኣርእስትን ጽሑፍን የድልዩ፣ ነፍሲ ወከፍ ቦታ ዝለዓለ ንውሓት ኣለዎ።
error-suggestion-not-found = እዚ ሓሳብ ድሮ ተላኢኹ ስለዘሎ ክቕየር ኣይክእልን።
