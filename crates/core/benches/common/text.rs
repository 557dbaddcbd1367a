//! Generated text for the benchmarks: a few thousand words per language in that language's own
//! script, drawn with a Zipf-like distribution, so that tokenising, folding and compression
//! do the work they would on real text. Shared by the store benchmark (peerguide-core) and the
//! sync benchmark (peerguide-hub, through `#[path]`).

#![allow(dead_code)]

/// Real words per language, so tokenising and folding do realistic work.
pub const VOCABULARY: &[(&str, &str)] = &[
    (
        "en",
        "housing council application benefit doctor school register work child family letter appointment rights support money bank office interpreter health college English refugee status travel document asylum appeal tenancy deposit landlord rent job",
    ),
    (
        "ar",
        "السكن المجلس طلب الإعانة الطبيب المدرسة تسجيل العمل الطفل الأسرة رسالة موعد الحقوق الدعم المال البنك المكتب مترجم الصحة الكلية الإنجليزية لاجئ الإقامة السفر وثيقة اللجوء استئناف الإيجار تأمين المالك الوظيفة",
    ),
    (
        "fa",
        "مسکن شورا درخواست مزایا پزشک مدرسه ثبت‌نام کار کودک خانواده نامه وقت حقوق حمایت پول بانک دفتر مترجم سلامت کالج انگلیسی پناهنده اقامت سفر سند پناهندگی اعتراض اجاره ودیعه صاحبخانه شغل",
    ),
    (
        "ckb",
        "نیشتەجێبوون شارەوانی داواکاری یارمەتی پزیشک قوتابخانە تۆمارکردن کار منداڵ خێزان نامە کات مافەکان پشتگیری پارە بانک نووسینگە وەرگێڕ تەندروستی کۆلێژ ئینگلیزی پەنابەر مانەوە گەشت بەڵگەنامە",
    ),
    (
        "ti",
        "ገዛ ምምሕዳር ሕቶ ሓገዝ ሓኪም ቤት ትምህርቲ ምምዝጋብ ስራሕ ቆልዓ ስድራ ደብዳበ ቆጸራ መሰላት ደገፍ ገንዘብ ባንክ ቤት ጽሕፈት ተርጓሚ ጥዕና ኮለጅ እንግሊዝኛ ስደተኛ ኩነታት ጉዕዞ ሰነድ",
    ),
    (
        "uk",
        "житло рада заява допомога лікар школа реєстрація робота дитина родина лист прийом права підтримка гроші банк офіс перекладач здоров'я коледж англійська біженець статус подорож документ притулок оренда",
    ),
    (
        "fr",
        "logement conseil demande allocation médecin école inscription travail enfant famille lettre rendez-vous droits soutien argent banque bureau interprète santé collège anglais réfugié statut voyage document asile loyer",
    ),
    (
        "es",
        "vivienda ayuntamiento solicitud prestación médico escuela registro trabajo niño familia carta cita derechos apoyo dinero banco oficina intérprete salud colegio inglés refugiado estatus viaje documento asilo alquiler",
    ),
    (
        "so",
        "guri golaha codsi gargaar dhakhtar dugsi diiwaangelin shaqo ilmo qoys warqad ballan xuquuq taageero lacag bangi xafiis turjumaan caafimaad kulliyad ingiriisi qaxooti xaalad safar dukumenti magangelyo kiro",
    ),
    (
        "ps",
        "کور شورا غوښتنلیک مرسته ډاکټر ښوونځی نوم‌لیکنه کار ماشوم کورنۍ لیک وخت حقونه ملاتړ پیسې بانک دفتر ژباړونکی روغتیا کالج انګلیسي کډوال حالت سفر سند پناه کرایه",
    ),
];

pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    pub fn pick<'a>(&mut self, words: &'a [String]) -> &'a str {
        &words[self.zipf(words.len())]
    }
}

/// A language's vocabulary: its real words, then (unless `VOCAB=tiny`) 4,000 made-up words
/// spelled with the same letters, so that, as in real text, most words are rare. Words are
/// drawn with a Zipf-like distribution: the first ones are common, the last ones rare.
pub fn words(lang: &str) -> Vec<String> {
    let real: Vec<String> = VOCABULARY
        .iter()
        .find(|(l, _)| *l == lang)
        .unwrap()
        .1
        .split(' ')
        .map(str::to_owned)
        .collect();
    if std::env::var("VOCAB").as_deref() == Ok("tiny") {
        return real;
    }
    let mut letters: Vec<char> = real
        .iter()
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphabetic())
        .collect();
    letters.sort();
    letters.dedup();
    let mut rng = Rng(lang.len() as u64 * 7919 + lang.as_bytes()[0] as u64);
    let mut words = real;
    while words.len() < 4000 {
        let len = 3 + (rng.next() % 7) as usize;
        words.push(
            (0..len)
                .map(|_| letters[(rng.next() as usize) % letters.len()])
                .collect(),
        );
    }
    words
}

impl Rng {
    /// A word index drawn log-uniformly: index i is roughly 1/i as likely as index 1.
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
}

pub fn sentence(rng: &mut Rng, vocab: &[String], n: usize) -> String {
    (0..n)
        .map(|_| rng.pick(vocab))
        .collect::<Vec<_>>()
        .join(" ")
}
