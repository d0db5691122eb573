//! A teacher, a class and its pupils, made through the real forms.

use super::{bundled_content, codes_in, next_year, Browser};
use app::checkins::Occasion;
use app::content::{ItemKind, Part, Tier};

pub const PASSWORD: &str = "correct+horse+battery";

pub async fn teacher(router: &axum::Router, email: &str) -> Browser {
    let browser = Browser::new(router);
    let signed_up = browser
        .post(
            "/teachers/signup",
            &format!("email={email}&password={PASSWORD}&confirm={PASSWORD}"),
        )
        .await;
    assert_eq!(signed_up.status, 303);
    assert_eq!(signed_up.header("location"), "/teachers/classes");
    browser
}

/// A class of 8–10s in the UK with `pupils` pupils, its session open: (id, class code, personal codes).
pub async fn class(teacher: &Browser, pupils: usize) -> (String, String, Vec<String>) {
    class_of(teacher, pupils, "8-10", "gb").await
}

/// A class of `tier` in `country` with `pupils` pupils, its session open.
pub async fn class_of(
    teacher: &Browser,
    pupils: usize,
    tier: &str,
    country: &str,
) -> (String, String, Vec<String>) {
    let created = teacher
        .post(
            "/teachers/classes",
            &format!(
                "name=Year+6B&tier={tier}&country={country}&year_end={}",
                next_year()
            ),
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let path = created.header("location").to_owned();
    let id = path.rsplit('/').next().unwrap().to_owned();
    let added = teacher
        .post(&format!("{path}/pupils"), &format!("count={pupils}"))
        .await;
    assert_eq!(added.header("location"), format!("{path}/cards"));
    let cards = teacher.get(&format!("{path}/cards")).await;
    let codes = codes_in(&cards.body);
    assert_eq!(codes.len(), pupils * 2, "{}", cards.body);
    let class_code = codes[0].clone();
    let personal = codes.chunks(2).map(|pair| pair[1].clone()).collect();
    teacher.post(&format!("{path}/session"), "open=1").await;
    (id, class_code, personal)
}

pub async fn pupil(router: &axum::Router, class_code: &str, code: &str) -> Browser {
    let browser = Browser::new(router);
    let joined = browser
        .post("/join", &format!("class_code={class_code}&personal_code={code}"))
        .await;
    assert_eq!(joined.header("location"), "/modules", "{code}");
    browser
}

/// A form answering every item of `occasion`: right (and protective, and
/// confident, and calm) when `well`, otherwise wrong, unsure and `worry`.
pub fn checkin_answers(occasion: Occasion, well: bool, worry: usize) -> String {
    let checkin = bundled_content().checkin(Tier::Young).unwrap();
    let mut fields = vec![];
    for part in occasion.parts(checkin) {
        for item in &part.items {
            let values: Vec<usize> = match item.kind {
                ItemKind::Scale if part.part == Part::Worry => vec![worry],
                ItemKind::Scale => vec![if well { 4 } else { 1 }],
                _ => (0..item.options.len())
                    .filter(|i| item.options[*i].0 == well)
                    .take(4)
                    .collect(),
            };
            let values = if item.kind == ItemKind::Single {
                values[..1].to_vec()
            } else {
                values
            };
            fields.extend(values.iter().map(|v| format!("{}={v}", item.id)));
        }
    }
    fields.join("&")
}
