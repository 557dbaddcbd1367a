### Peer Guide, Somali (Soomaali).
### Machine translated, not yet reviewed by a native speaker.

app-name = Hagaha Asxaabta
skip-to-content = U gudub waxa ku jira
nav-label = Liiska ugu weyn
nav-home = Bogga hore
nav-search = Raadi
nav-services = Adeegyada
nav-volunteers = Mutadawiciinta
nav-settings = Dejinta
loading = Waa la soo rarayaa…
retry = Isku day mar kale
filters = Shaandhaynta
filter-topic = Mawduuca
filter-any-topic = Dhammaan mawduucyada
filter-language = Luqadda lagu hadlo
filter-any-language = Luqad kasta
in-language = Af { $language }

first-run-title = Dooro luqaddaada
first-run-hint = Hadhow waad ku beddeli kartaa Dejinta.

home-title = Hagitaan
home-intro = Caawimaad tallaabo-tallaabo ah kadib markaad hesho qaxootinimo Scotland. Internet la'aan ayuu shaqeeyaa.
home-topics = Dhammaan mawduucyada
topic-articles =
    { $count ->
        [one] { $count } maqaal
       *[other] { $count } maqaal
    }
topic-empty = Weli hagitaan kama jiro mawduucan.

topic-first-steps = Tallaabooyinka ugu horreeya kadib oggolaanshaha
topic-housing = Guryaha
topic-employment = Shaqo
topic-education = Waxbarasho
topic-health = Caafimaad iyo daryeel bulsho
topic-leisure = Madadaalo
topic-social-connections = La kulanka dadka
topic-language-culture = Luqad iyo dhaqan
topic-safety-stability = Badbaado iyo xasillooni
topic-digital-skills = Xirfadaha dijitaalka
topic-rights-responsibilities = Xuquuq iyo waajibaad

article-fallback = Waxaa lagu muujiyay { $shown }: weli looma turjumin { $requested }.
article-stale = Turjumaaddan waxaa laga yaabaa inay duugowday: nuqulka Ingiriisiga ayaa isbeddelay tan iyo markaas.
article-share = La wadaag
article-copied = Waa la koobiyeeyay. Waad ku dhejin kartaa fariin.
article-copy-failed = Lama koobiyeyn karo. Dooro qoraalka oo adigu koobiyee.
article-checked-on = La hubiyey { $date }
article-machine-translation = Waxaa turjumay kombiyuutar. Haddii wax aan caddayn jiraan, weydii mutadawac bulshada ka mid ah.
article-machine-volunteers = Mutadawacyada ku hadla { $language }
article-overdue = { $months ->
        [one] Hagahan waxaa ugu dambeysay la hubiyey { $months } bil ka hor: xeerarku way isbeddeli karaan.
       *[other] Hagahan waxaa ugu dambeysay la hubiyey { $months } bilood ka hor: xeerarku way isbeddeli karaan.
    }
article-overdue-undated = Waqtigii dib loo hubin lahaa hagahan wuu dhaafay: xeerarku way isbeddeli karaan.
article-sources = Ilaha
article-source-retrieved = la akhriyey { $date }
text-size = Cabbirka qoraalka
text-smaller = Qoraal ka yar
text-larger = Qoraal ka weyn

search-title = Raadi
search-label = Ka raadi hagitaanka
search-placeholder = Tusaale: dhakhtar, guri, lacag
search-results =
    { $count ->
        [one] { $count } natiijo
       *[other] { $count } natiijo
    }
search-none = Waxba looma helin “{ $query }”. Isku day eray kale.
search-pending = Raadintu weli way diyaar garoobaysaa cusboonaysiintii ugu dambaysay kadib. Hagitaanka qaar ayaa laga yaabaa inaysan weli soo muuqan.

services-title = Adeegyada
services-open-now = Hadda furan
services-count =
    { $count ->
        [one] { $count } adeeg
       *[other] { $count } adeeg
    }
services-none = Ma jiro adeeg ku habboon shaandhayntan.
service-open = Hadda furan
service-closed = Hadda xiran
service-call = Wac
service-copy-address = Koobiyee cinwaanka
service-address-copied = Cinwaanka waa la koobiyeeyay.
service-website = Bogga internetka
service-speaks = Luqadaha lagu hadlo:
service-accessibility = Helitaanka:
service-hours = Saacadaha furitaanka
service-closed-all-day = Xiran
service-sample = Xog tusaale ah
service-sample-note = Kani ma aha adeeg dhab ah: wuxuu kaliya muujinayaa sida abku u shaqeeyo.
service-checked-on = Faahfaahinta waxaa la hubiyay { $date }
service-cost-free = Bilaash
service-cost-low-cost = Qiimo jaban
service-cost-paid = Lacag leh
service-access-walk-in = Ballan la'aan
service-access-appointment = Ballan ku
service-access-walk-in-or-appointment = Ballan ama ballan la'aan

volunteers-title = Mutadawiciinta asxaabta
volunteers-intro = Qaxooti soo maray xaaladdan oo caawin kara. Waxaa kaliya la muujiyaa macluumaadka mutadawic kastaa doortay inuu wadaago.
volunteers-count =
    { $count ->
        [one] { $count } mutadawic
       *[other] { $count } mutadawiciin
    }
volunteers-none = Ma jiro mutadawic ku habboon shaandhayntan.
volunteer-speaks = Wuxuu ku hadlaa:
volunteer-knows = Wuxuu yaqaan:
volunteer-no-contact = Mashruuca ka codso inuu idin isku xiro.
volunteers-available-now = Hadda diyaar ah
volunteers-are-you-one = Ma tahay mutadawic asxaabta ah? Samee boggaaga shakhsiga ah
volunteer-away-until = Maqan ilaa { $date }
volunteer-usually-free = Badanaa diyaar:
contact-call = Wac
contact-text = Fariin u dir
contact-whatsapp = WhatsApp
contact-signal = Signal
contact-email = Iimayl u dir
profile-title = Boggaaga shakhsiga ee mutadawicnimada
profile-is-coordinator = Qalabkan waxaa loo galay isuduwe ahaan.
join-explain = Si aad u noqoto mutadawic asxaabta ah, isuduwe ka codso koodh casuumaad. Halkan ku qor, oo ay la socoto cinwaanka server-ka ururkaaga.
join-code = Koodhka casuumaadda
join-code-hint = Tusaale K7QM-3XPA-9RTD. Hal mar oo kaliya ayuu shaqeeyaa.
join-submit = Ku biir
profile-state-new = Weli bog shakhsi ah ma lihid. Buuxi foomka hoose. Qofna ma arko ilaa isuduwe ansixiyo.
profile-state-unsent = Boggaaga shakhsiga waxaa lagu kaydiyay qalabkan. Waa la diri doonaa markaad internet leedahay, dadka kalena waa la tusi doonaa marka isuduwe ansixiyo.
profile-state-pending = Boggaaga shakhsiga wuxuu sugayaa in isuduwe ansixiyo. Ilaa markaas qof kale ma arki karo.
profile-state-changed = Isbeddelladaadu waxay sugayaan ansixinta isuduwe. Ilaa markaas dadka kale waxay arkaan boggaaga sidii markii ugu dambeysay la ansixiyay.
profile-state-approved = Waa la ansixiyay: dadka cusub ee yimid iyo mutadawiciinta kale way ku heli karaan.
profile-state-suspended = Isuduwe ayaa si ku meel gaar ah u joojiyay boggaaga, sidaas darteed dadka kale ma arki karaan. Fadlan la hadal isuduwahaaga.
profile-deleted = Boggaaga shakhsiga waa la tirtiray. Cusboonaysiinta xigta kadib, wuu ka baabbi'i doonaa qalab kasta, isaga iyo macluumaadka xiriirkaaga.
profile-edit = Macluumaadkaaga
profile-name = Magaca la muujinayo
profile-name-hint = Magaca koowaad ama naanays ayaa ku filan.
profile-languages = Luqadaha aad ku hadasho
profile-language = Luqadda
profile-level = Heerka
profile-remove = Ka saar
profile-add-language = Ku dar luqad
profile-topics = Waxa aad ka caawin karto
profile-availability = Goorta aad badanaa diyaar tahay
profile-availability-hint = Calaamadee maalmaha oo qor saacadaha (waqtiga Glasgow).
profile-from = Waqtiga bilowga, { $day }
profile-to = Waqtiga dhammaadka, { $day }
profile-add-time = Ku dar waqti kale
profile-away-until = Maqan ilaa (ikhtiyaari)
profile-away-hint = Inta aad maqan tahay, looma muujinayo inaad diyaar tahay. Tani isla markiiba ayay dhaqan gashaa, ansixin la'aan.
profile-back = Waan soo laabtay
profile-contacts = Sida dadku kuula soo xiriiri karaan
profile-contacts-hint = Hab kasta, dooro cidda arki karta. Kaliya waxa aad doorato ayaa loo diraa telefoonadooda.
profile-channel = Habka
profile-contact-email = Cinwaanka iimaylka
profile-contact-number = Lambarka
profile-visible-to = Cidda arki karta
audience-everyone = Qof walba, oo ay ku jiraan dadka cusub ee yimid
audience-volunteers = Mutadawiciinta iyo isuduwayaasha
audience-coordinators = Isuduwayaasha oo kaliya
profile-add-contact = Ku dar hab lagugula xiriiro
profile-about = Adiga kugu saabsan
profile-about-in = Af { $language }
profile-save = Kaydi
profile-saved = Waxaa lagu kaydiyay qalabkan. Waa la diri doonaa cusboonaysiinta xigta.
profile-preview = Waxa dadka kale arkaan
profile-preview-hint = Dadka cusub ee yimid iyo mutadawiciinta kale waxay tan arkaan marka isuduwe ansixiyo boggaaga.
profile-preview-suspended = Qof kale ma arko boggaaga inta uu joogsan yahay.
profile-preview-everyone = Sida qof cusub oo yimid kuu arko
profile-preview-volunteers = Sida mutadawiciinta kale kuu arkaan
profile-delete-title = Tirtir boggaaga shakhsiga
profile-delete-explain = Tani waxay boggaaga iyo macluumaadka xiriirkaaga ka tirtiraysaa server-ka iyo qalab kasta, cusboonaysiinta xigta kadib.
profile-delete = Tirtir boggayga
profile-delete-confirm = Haa, meel walba ka tirtir
review-title = Dib u eeg bogagga mutadawiciinta
review-intro = Bogagga cusub iyo kuwa la beddelay dadka kale lama tuso ilaa aad ansixiso. Halkan waxaad ku aragtaa macluumaadka xiriirka oo dhan.
review-group-pending =
    { $count ->
        [one] Sugaya ansixin ({ $count })
       *[other] Sugaya ansixin ({ $count })
    }
review-group-suspended =
    { $count ->
        [one] La joojiyay ({ $count })
       *[other] La joojiyay ({ $count })
    }
review-group-approved =
    { $count ->
        [one] La ansixiyay ({ $count })
       *[other] La ansixiyay ({ $count })
    }
review-new = Bog cusub:
review-changed = Waxa isbeddelay tan iyo ansixinta:
field-display-name = magaca
field-languages = luqadaha
field-topics = mawduucyada
field-availability = waqtiyada diyaarka
field-contacts = macluumaadka xiriirka
field-about = ku saabsan
field-away-until = maqan ilaa
review-approve = Ansixi
review-suspend = Jooji
review-reinstate = Mar kale muuji
settings-volunteering = Mutadawicnimo
fluency-native = afka hooyo
fluency-fluent = si fiican
fluency-conversational = heer wada hadal
fluency-basic = heer bilow
channel-phone = Telefoon
channel-whatsapp = WhatsApp
channel-signal = Signal
channel-email = Iimayl

settings-title = Dejinta
settings-language = Luqadda
settings-about = Ku saabsan
sync-title = Cusboonaysiin ka timaadda ururkaaga
sync-explain = Hagaha Asxaabta internet la'aan ayuu shaqeeyaa. Markaad internet leedahay, wuxuu hagitaan cusub iyo mid la cusboonaysiiyay ka keenaa server-ka ururkaaga. Server-ku wuxuu ogaadaa oo kaliya luqadaha qalabkan lagu akhriyo. Wax kale oo adiga kugu saabsan lama diro.
sync-address = Cinwaanka server-ka
sync-address-hint = Ururkaagu wuxuu kuu sheegi doonaa cinwaankiisa, tusaale https://hub.example.org
sync-connect = Ku xir
sync-cancel = Ka noqo
sync-disconnect = Jar xiriirka
sync-connected = Waxaa lagu xiray:
sync-role =
    { $role ->
        [volunteer] Waxaad u gashay mutadawic ahaan
        [coordinator] Waxaad u gashay isuduwe ahaan
       *[reader] Akoon looma baahna si aad wax u akhrido
    }
sync-change-address = Beddel cinwaanka
sync-now = Hadda cusboonaysii
sync-running = Waa la cusboonaysiinayaa…
sync-last = Markii ugu dambeysay ee la cusboonaysiiyay: { $when }
sync-never = Weli lama cusboonaysiin.
sync-failed = Isku daygii ugu dambeeyay ({ $when }) ma shaqayn: { $reason }
sync-offline = Internet ma lihid. Wax kasta oo qalabkan ku jira weli way shaqeeyaan. Waa la cusboonaysiin doonaa markaad internet dib u hesho.
sync-changes = Waxa isbeddelay ({ $when })
sync-changes-articles =
    { $count ->
        [one] Hal maqaal ayaa cusub ama la cusboonaysiiyay
       *[other] { $count } maqaal ayaa cusub ama la cusboonaysiiyay
    }
sync-changes-services =
    { $count ->
        [one] Hal adeeg ayaa cusub ama la cusboonaysiiyay
       *[other] { $count } adeeg ayaa cusub ama la cusboonaysiiyay
    }
sync-changes-volunteers =
    { $count ->
        [one] Bogga shakhsiga ee hal mutadawic ayaa cusub ama la cusboonaysiiyay
       *[other] Bogagga shakhsiga ee { $count } mutadawic ayaa cusub ama la cusboonaysiiyay
    }
sync-changes-restarted = Hagaha oo dhan ayaa mar kale la soo dejiyay.
sync-key-changed = Furaha saxiixa ururka waa isbeddelay. Aqbal furaha cusub oo kaliya haddii ururkaagu kuu sheegay inuu isbeddelay. Haddii kale, waxaa laga yaabaa in qof iska dhigayo ururka.
sync-accept-key = Aqbal furaha cusub
sync-pending =
    { $count ->
        [one] Hal isbeddel oo aad samaysay ayaa sugaya in la diro.
       *[other] { $count } isbeddel oo aad samaysay ayaa sugaya in la diro.
    }
about-version = Nooca { $version }
about-content-date = Waxa ku jira waxaa la cusboonaysiiyay { $date }
about-content-never = Weli wax lama soo rarin.
about-privacy = Wax adiga kugu saabsan kama baxaan qalabkan: akoon ma jiro, raadraac ma jiro.
about-translations = Turjumaadda barnaamijka waxaa sameeyay mashiin, weli ma hubin dad afkaas ku dhashay.

error-unknown-language = Luqaddan lama heli karo.
error-invalid-language-tag = Koodhka luqaddan sax maaha.
error-unknown-topic = Mawduucan ma jiro.
error-article-not-found = Maqaalkan lama helin. Waxaa laga yaabaa in la saaray.
error-no-translation = Maqaalkan kuma jiro luqaddaada iyo Ingiriisi midna.
error-invalid-date-time = Taariikhdan ama waqtigan sax maaha.
error-invalid-pack = Waxa ku jira hagaha lama soo rari karin.
error-io = Faylasha hagaha lama akhrin karin.
error-database-version = Xogta hagaha waxay u baahan tahay nooc cusub oo barnaamijka ah.
error-database = Xogta hagaha lama akhrin karin.
error-corrupt-record = Qayb ka mid ah xogta hagaha waa dhaawacan tahay.
error-invalid-parameters = Barnaamijku wuxuu hagaha weydiiyay wax uusan fahmin.
error-not-found = Boggan ma jiro.
error-internal = Hagaha ayaa dhib la kulmay. Fadlan isku day mar kale.
error-network = Hagaha lama gaari karin. Hubi inuu weli shaqaynayo.
error-hub-unreachable = Server-ka lama gaari karin. Hubi internetkaaga. Wax kasta oo qalabkan ku jira weli way shaqeeyaan.
error-hub-refused = Server-ku wuu diiday codsiga.
error-protocol-mismatch = Barnaamijkan iyo server-ku waxay isticmaalaan noocyo kala duwan. Mid ka mid ah waa in la cusboonaysiiyaa.
error-hub-garbled = Server-ku wuxuu soo diray wax aan la akhrin karin. Waxba lama beddelin.
error-bad-signature = Server-ku wuxuu soo diray wax aan ururkaagu saxiixin. Lama kaydin.
error-rollback = Server-ku wuxuu soo diray nooc ka duug ah kan qalabkan horey ugu jiray. Lama kaydin.
error-page-tampered = Wax shabakadda ku jira ayaa beddelay waxa server-ku soo diray. Waxba lama kaydin; mar kale isku day, ama shabakad kale.
error-hub-stalled = Server-ku wuxuu sii lahaa wax kale ayaa imanaya laakiin wax cusub ma soo dirin. Isku-waafajinta waa la joojiyay; waxa yimid waa la hayaa.
error-sync-timeout = Isku-waafajintu waqti dheer ayay qaadatay waana la joojiyay. Waxa yimid waa la hayaa; inta kale mar dambe ayay imanaysaa.
error-org-key-changed = Furaha saxiixa ururka waa isbeddelay.
error-profile-deleted = Boggan shakhsiga ah waa la tirtiray.
error-invalid-change = Isbeddelkan bogga shakhsiga sax maaha.
error-profile-too-large = Boggan shakhsiga ahi aad buu u dheer yahay. Qoraalka soo gaabi, ama isticmaal luqado, mawduucyo ama xiriiro ka yar.
error-invalid-display-name = Magacan lama muujin karo. Isticmaal xarfo muuqda, oo aan lahayn calaamado xakameyn gaar ah.
error-invalid-hub-address = Cinwaankan lama isticmaali karo. Waa inuu ku bilaabmaa https:// (http:// kaliya gudaha shabakad maxalli ah).
error-no-hub = Qalabkan weli laguma xirin server.
error-not-a-volunteer = Qalabkan looma galin mutadawic ahaan. Marka hore ku biir koodh casuumaad.
error-not-a-coordinator = Kaliya qalabka isuduwaha ayaa dib u eegi kara bogagga.
error-invite-unknown = Koodhkan casuumaadda lama yaqaan. Hubi oo isku day mar kale.
error-invite-used = Koodhkan casuumaadda horay ayaa loo isticmaalay. Isuduwahaaga ka codso mid cusub.
error-invite-expired = Koodhkan casuumaadda waqtigiisii wuu dhacay. Isuduwahaaga ka codso mid cusub.
error-profile-changed = Boggan wuu isbeddelay tan iyo markii aad eegtay. Mar kale eeg intaadan go'aan gaarin.
error-profile-not-found = Boggan shakhsiga ah ma sii jiro.
error-token-revoked = Ogolaanshaha qalabkan waa laga noqday. Isuduwahaaga ka codso koodh casuumaad cusub.
error-token-expired = Ogolaanshaha qalabkan waqtigiisii wuu dhacay. Isuduwahaaga ka codso koodh casuumaad cusub.
error-token-unknown = Server-ku ma yaqaan qalabkan. Isuduwahaaga ka codso koodh casuumaad cusub.
error-unknown = Wax baa khaldamay (koodh: { $code }).
reader-explain = Waxaad akhrinaysaa hagaha dadweynaha ee ururka ee bogiisa internetka: hagitaan, adeegyo iyo mutadawiciin la daabacay. Booqashadan kadib wuxuu ku furmayaa taleefankan xitaa adigoon internet lahayn, luqadda aad dooratay. Si aad u noqoto mutadawac, ku rakib app-ka Peer Guide.

## The organisation's contact, and one service on its own screen.
services-fallback = Qaar ka mid ah sharraxaadaha hoose waxaa lagu muujiyay { $shown }: weli looma turjumin { $requested }.
services-all = Dhammaan adeegyada
service-directions = Tilmaamaha jidka
service-share-link = La wadaag xiriirka
service-link-copied = Xiriirka waa la koobiyeeyay. Waxaad ku dhejin kartaa fariin.
service-closures = Waa xiran yahay taariikhahan
service-closure = { $from } ilaa { $to }
service-today = Maanta
contact-title = La xiriir mashruuca
contact-intro = { $name } ayaa maamula hagahan. Waad wici kartaa, u qori kartaa ama booqan kartaa.
contact-interpreter = Ma u baahan tahay turjubaan?
contact-none = Hagahan weli ma sheegin sida loola xiriiro mashruuca. Weydii qofkii ku siiyay barnaamijka.
contact-link = Sida loola xiriiro mashruuca
error-service-not-found = Adeeggan lama helin. Waxaa laga yaabaa in la saaray.

# The public reader kept for offline reading; $when is a date and time.
offline-saved = Waa la kaydiyay si loo akhriyo iyadoo aan internet jirin. Waxa ugu dambeeyay ee la soo qaaday { $when }.
offline-updated = Waa la cusboonaysiiyay. Waxa ugu dambeeyay ee la soo qaaday { $when }.
## The move-on plan (screens/Plan.tsx)

plan-home-link = Toddobaadyadayda ugu horreeya: qorshe leh taariikhahaaga
plan-home-hint = Waxa aad marka hore samaynayso go'aankaaga kadib, iyo ilaa goorma. Kaliya taleefankan ayuu ku jiraa.
plan-title = Toddobaadyadayda ugu horreeya
plan-intro = Tallaabooyinka go'aankaaga kadib, si kala horreysa, iyo maalinta mid walba la gaarayo. Taariikhahaaga, calaamadahaaga iyo qoraalladaada kaliya taleefankan ayay ku jiraan: marnaba meelna looma diro.
plan-guide-title = Qorshaha u-guurista, tallaabo tallaabo
plan-guide-intro = Dhammaan tallaabooyinka qorshaha iyada oo aan taariikh qofna lahayn, si aad qof ugu sharaxdo.
plan-machine-translated = Qorshahan mashiin ayaa turjumay, qofna weli ma hubin. Wax kasta oo muhiim ah la hubi la-taliye.
plan-open-own = Fur qorshahayga
plan-open-guide = Qof ma caawinaysaa? Fur tallaabooyinka aan taariikh lahayn
plan-none = Hagahan weli ma laha qorshe u-guuris.
plan-end-title = Taageeradaada magangalyadu waxay dhammaanaysaa { $date }
plan-end-from-letter = Tani waa taariikhda warqaddaada.
plan-end-from-rule = { $days } maalmood go'aankaaga kadib. Haddii warqad ay sheegto taariikh kale, geli: taariikhda warqadda ayaa la raacayaa.
plan-end-from-rule-since = { $days } maalmood go'aankaaga kadib (xeerka go'aannada laga bilaabo { $from }). Haddii warqad ay sheegto taariikh kale, geli: taariikhda warqadda ayaa la raacayaa.
plan-end-check-letters = Xeerarku way isbeddelaan. Had iyo jeer raac taariikhaha warqadahaaga, lana hubi la-taliye.
plan-first-step = Marka hore tan samee
plan-linked-step = Tallaabada aad furtay
plan-other-steps = Tallaabooyinka kale
plan-all-steps = Dhammaan tallaabooyinka
plan-dates-title = Taariikhahaaga
plan-private = Kaliya taleefankan ayay ku jiraan. Marnaba lama diro.
plan-decision-label = Taariikhda warqadda go'aanka
plan-support-end-label = Taariikhda taageeradu dhammaanayso, haddii warqad kuu sheegtay
plan-support-end-hint = Banaan u daa haddii aadan garanayn: qorshuhu wuxuu ka xisaabinayaa go'aankaaga.
plan-save-dates = Kaydi taariikhaha
plan-decision-on = Go'aan: { $date }
plan-change-dates = Beddel taariikhaha
plan-due = Ilaa { $date }
plan-status-done = Waa la sameeyay
plan-status-overdue = Waa dib u dhacay
plan-status-today = Maanta
plan-status-soon = Toddobaadkan
plan-status-later = Hadhow
plan-rule-after-decision = Muddo { $days } maalmood ah go'aankaaga kadib
plan-rule-before-support-end = { $days } maalmood ka hor dhammaadka taageerada
plan-rule-after-support-end = { $days } maalmood ka dib dhammaadka taageerada
plan-rule-on-support-end = Maalinta taageeradu dhammaanayso
plan-read-more = Wax badan ka akhri
plan-done = Waa la sameeyay
plan-note = Qoraalkayga
plan-save-note = Kaydi qoraalka
plan-share-step = Koobiyee xiriirka tallaabadan
plan-link-copied = Xiriirka waa la koobiyeeyay.
plan-tools-title = Kalandarka iyo sirta
plan-calendar-hint = Ku dar taariikhaha kalandarka taleefanka, oo leh xusuusin maalin ka hor. Faylka taleefankan ayaa lagu sameeyaa.
plan-calendar = Ku dar kalandarka (.ics)
plan-delete-explain = Ka tirtir taariikhahaaga, calaamadahaaga iyo qoraalladaada taleefankan. Tallaabooyinku way harayaan.
plan-delete = Tirtir qorshahayga
plan-delete-question = Ma la tirtiraa dhammaan taariikhahaaga, calaamadahaaga iyo qoraalladaada? Dib looma soo celin karo.
plan-delete-confirm = Haa, tirtir dhammaan
plan-deleted = Qorshahaaga waa laga tirtiray taleefankan.
plan-reminder-title = Berri ayuu dhacayaa
plan-reminder-body = { $step }: ilaa { $date }
error-plan-not-found = Hagahan weli ma laha qorshe u-guuris.
error-plan-step-not-found = Tallaabadan hadda kuma jirto qorshaha.
error-invalid-plan-entry = Hubi taariikhaha: go'aanku ma noqon karo maanta kadib, taageeraduna ma dhammaan karto go'aanka ka hor.
## The device lock, wipes, leaving.
lock-title = Peer Guide waa xiran yahay
lock-pin = PIN ama erey sir ah
lock-unlock = Fur
lock-attempts-left =
    { $count ->
        [one] Hal PIN oo khaldan oo kale, xogta mutadawiciinta ee qalabkan waa la tirtirayaa.
       *[other] Kadib { $count } PIN oo khaldan oo isku xiga, xogta mutadawiciinta ee qalabkan waa la tirtirayaa.
    }
lock-settings-title = Qufulka barnaamijka
lock-reader-explain = Ku xir barnaamijkan PIN, tusaale ahaan telefoon aad la wadaagto dad kale. Markaas waxa barnaamijku hayo waa lagu qarinayaa qalabkan.
lock-new-pin = PIN ama erey sir ah oo cusub (ugu yaraan 6 xaraf)
lock-confirm-pin = Isla kii mar kale
lock-pin-mismatch = Labadu isma waafaqaan.
lock-set = Xir
lock-on = Barnaamijkan waxaa lagu xiray PIN. Waxa uu hayo waa lagu qarsaday qalabkan.
lock-idle = Xir kadib waqtigan oo aan la isticmaalin
lock-idle-minutes =
    { $count ->
        [one] 1 daqiiqo
       *[other] { $count } daqiiqo
    }
lock-now = Hadda xir
lock-change-title = Beddel PIN-ka
lock-old-pin = PIN-ka hadda
lock-change = Beddel PIN
lock-remove-title = Dami qufulka
lock-remove = Dami
join-pin-explain = Qalabkan wuxuu hayn doonaa xiriirada mutadawiciin kale, sidaa darteed waxaa lagu xirayaa PIN: ugu yaraan 6 lambar ama erey sir ah. Toban PIN oo khaldan oo isku xiga waxay tirtiraan xogta mutadawiciinta.
wipe-notice-token-revoked = Isku-duwe ayaa joojiyay gelitaanka qalabkan. Xiriirada iyo bogagga mutadawiciinta waa laga saaray; hagitaanku weli waa halkan.
wipe-notice-wrong-pins = Toban PIN oo khaldan ayaa la geliyay isku xigxig, sidaa darteed xogta mutadawiciinta ee qalabkan waa la tirtiray. Hagitaanku weli waa halkan.
wipe-notice-left = Waxaad ka baxday ururka qalabkan. Xiriirada iyo bogagga mutadawiciinta waa laga saaray.
wipe-lost-edits =
    { $count ->
        [one] Hal isbeddel oo boggaaga ah weli lama dirin wuuna lumay.
       *[other] { $count } isbeddel oo boggaaga ah weli lama dirin waana lumeen.
    }
wipe-dismiss = Hagaag
leave-title = Ka bax ururka qalabkan
leave-explain = Tani waxay tirtiraysaa xiriirada dhammaan mutadawiciinta, isbeddelada boggaaga ee aan la dirin iyo gelitaanka qalabkan. Hagitaanku wuu sii jiraa.
leave-button = Ka bax qalabkan
leave-confirm = Haa, tirtir dhammaan
review-revoke = Jooji gelitaanka mutadawicigan
review-revoke-confirm = Haa: telefoonkiisu wuxuu tirtirayaa xogta mutadawiciinta marka xiga ee uu xiriiro
review-revoked = Gelitaanka waa la joojiyay. Telefoonkiisu wuxuu tirtirayaa xogta mutadawiciinta marka xiga ee uu xiriiro.
error-locked = Barnaamijku waa xiran yahay. Geli PIN-kaaga.
error-wrong-pin = PIN khaldan.
error-pin-wiped = PIN-am badan oo khaldan: xogta mutadawiciinta ee qalabkan waa la tirtiray. Hagitaanku weli waa halkan.
error-invalid-pin = PIN ama erey sir ah wuxuu u baahan yahay ugu yaraan 6 xaraf.
error-lock-required = Qalabka mutadawiciga ama isku-duwaha had iyo jeer wuu xiran yahay.
error-no-lock = Qalabkan ma laha PIN.
error-keystore-missing = Kaydka furayaasha nidaamka ee qalabkan mar dambe ma hayo qaybta kale ee furihiisa, sidaas darteed xogtiisa mar dambe lama furi karo. Tirtir oo dib u bilow, kadibna ku biir kood martiqaad cusub.
error-keystore-unavailable = Kaydka furayaasha nidaamka ee qalabkan hadda lama gaari karo (waxaa laga yaabaa inuu xiran yahay). Fur, ama dib ugu gal kombiyuutarkan, oo mar kale isku day.
wipe-notice-started-over = Xogta qalabkan waa la tirtiray si uu dib ugu bilaabo. Hagitaanku weli waa halkan; iskuduwahaaga ka codso kood martiqaad cusub.
lock-keystore-on = Qayb ka mid ah furaha waxaa sidoo kale lagu hayaa kaydka furayaasha nidaamka ee qalabkan, sidaas darteed nuqul faylasha ah laguma furi karo PIN-ka oo keliya.
lock-keystore-off = Qalabkan uma bixiyo barnaamijkan kayd furayaal: PIN-ka oo keliya ayaa ilaaliya waxa uu hayo.
start-over-button = Tirtir xogta qalabkan oo dib u bilow
start-over-confirm = Haa, tirtir dhammaan
error-invalid-idle-time = Dooro inta u dhaxaysa 1 iyo 60 daqiiqo.

# Suggestions and flags from an article.
feedback-title = Hagaaji boggan
suggest-correction = Soo jeedi sixitaan
suggest-translate-into = U turjun
suggest-translate = Turjun
suggestions-title = Soo jeedintayda
flag-open = Tani waa khalad ama ma cadda
flag-sentence = Maxaa khaldan? (ikhtiyaari, hal jumlad)
flag-privacy = Waxaa la diraa oo keliya bogga, luqaddiisa iyo jumladdaada. Waxba adiga kuma saabsana.
flag-send = Dir
flag-sent = Mahadsanid. Ururku wuu eegi doonaa.
flag-queued = Mahadsanid. Waxaa la diri doonaa marka xigta ee qalabkani xiriiro.
suggest-title = Soo jeedi qoraal
suggestion-gone = Soo jeedintani kuma jirto qalabkan mar dambe.
suggestion-not-editable = Soo jeedintan waa la diray, lama beddeli karo mar dambe.
suggest-what-correction = Sixitaanka qoraalka { $language }.
suggest-what-translation = Turjumaad loo sameeyay { $language }.
suggest-back = Ku noqo maqaalka
suggest-field-title = Cinwaan
suggest-field-summary = Soo koobid
suggest-field-body = Qoraal
suggest-body-hint = Markdown: sadar madhan oo u dhexeeya cutubyada, # cinwaan, - liis.
suggest-preview = Horu-eeg
suggest-credit = Magacayga sheeg haddii ururku isticmaalo
suggest-save = Kaydi qabyada
suggest-send = Dir
suggest-delete = Tirtir qabyada
suggest-saved = Waxaa lagu kaydiyay qalabkan.
suggest-refused = Xarunta ma aqbali karin soo jeedintan (maqaalka waa laga yaabaa in la saaray, ama meel ayaa aad u dheer). Beddel oo mar kale dir.
suggestions-intro = Waxa aad u qortay hagaha. Soo jeedinta la diray waxay ururka gaaraan isku-xidhka xiga.
suggestions-none = Weli waxba ma aadan soo jeedin.
suggestion-untitled = (weli cinwaan ma leh)
suggestion-kind-correction = Sixitaan, { $language }
suggestion-kind-translation = Turjumaad, { $language }
suggestion-article = Fur maqaalka
suggestion-state-draft = Qabyo: qalabkan oo keliya
suggestion-state-waiting = Waxay sugaysaa isku-xidhka xiga
suggestion-state-sent = La diray: waxay sugaysaa isku-duwe
suggestion-state-accepted = La aqbalay: mahadsanid
suggestion-state-declined = La diiday
suggestion-reason = Sababta:
suggestion-edit = Wax ka beddel
error-invalid-suggestion = Hubi soo jeedinta: cinwaan iyo qoraal ayaa loo baahan yahay, meel kastana waxay leedahay dherer ugu badan.
error-suggestion-not-found = Soo jeedintan horay ayaa loo diray, lama beddeli karo mar dambe.
