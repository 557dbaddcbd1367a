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
error-org-key-changed = Furaha saxiixa ururka waa isbeddelay.
error-profile-deleted = Boggan shakhsiga ah waa la tirtiray.
error-invalid-change = Isbeddelkan bogga shakhsiga sax maaha.
error-invalid-hub-address = Cinwaankan lama isticmaali karo. Waa inuu ku bilaabmaa https:// (http:// kaliya gudaha shabakad maxalli ah).
error-no-hub = Qalabkan weli laguma xirin server.
error-unknown = Wax baa khaldamay (koodh: { $code }).
