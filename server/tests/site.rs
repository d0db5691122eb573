//! The site as a browser sees it: languages, the page shell, security headers,
//! error pages and forms from other sites.

mod common;
use common::{get, post_form};

fn nonce_of_script(body: &str) -> Option<&str> {
    let start = body.find("nonce=\"")? + "nonce=\"".len();
    body[start..].split('"').next()
}

on_both_backends! {
    the_home_page_is_in_french_by_default_with_the_whole_shell => |db| {
        let page = get(&db.router(), "/", &[]).await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("<html lang=\"fr\""), "{}", page.body);
        for text in ["Élèves", "Enseignants", "Parents", "Trouver de l&#x27;aide", "Sortie rapide", "action=\"/lang\""] {
            assert!(page.body.contains(text) || page.body.contains(&text.replace("&#x27;", "'")), "missing {text}");
        }
        assert!(page.body.contains("Apprendre à se protéger en ligne"));
        assert_eq!(page.header("content-language"), "fr");
    }

    the_browser_language_chooses_english => |db| {
        let page = get(&db.router(), "/teachers", &[("accept-language", "en-GB,en;q=0.9,fr;q=0.5")]).await;
        assert!(page.body.contains("<html lang=\"en\""));
        assert!(page.body.contains("Teachers"));
        assert!(page.body.contains("Quick exit"));
    }

    an_explicit_language_choice_is_remembered_over_the_browser_language => |db| {
        let router = db.router();
        let switched = post_form(&router, "/lang", "lang=en&next=%2Fparents", &[("origin", "http://localhost"), ("host", "localhost")]).await;
        assert_eq!(switched.status, 303);
        assert_eq!(switched.header("location"), "/parents");
        let cookie = switched.header("set-cookie").to_owned();
        assert!(cookie.starts_with("lanterne_lang=en;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
        let cookie_pair = cookie.split(';').next().unwrap();
        let page = get(&router, "/parents", &[("cookie", cookie_pair), ("accept-language", "fr")]).await;
        assert!(page.body.contains("<html lang=\"en\""));
        assert!(page.body.contains("Conversation cards"));
    }

    an_unknown_language_or_a_foreign_redirect_changes_nothing => |db| {
        let page = post_form(&db.router(), "/lang", "lang=xx&next=https%3A%2F%2Fevil.example", &[]).await;
        assert_eq!(page.status, 303);
        assert_eq!(page.header("location"), "/");
        assert!(page.header("set-cookie").is_empty());
    }

    a_form_posted_from_another_site_is_refused_with_a_clear_message => |db| {
        let page = post_form(&db.router(), "/lang", "lang=en&next=%2F", &[("origin", "https://evil.example"), ("host", "localhost:3000"), ("accept-language", "en")]).await;
        assert_eq!(page.status, 403);
        assert!(page.body.contains("Request refused"));
        assert!(page.header("set-cookie").is_empty());
    }

    every_page_carries_the_security_headers => |db| {
        let router = db.router();
        for path in ["/", "/pupils", "/teachers", "/parents", "/help", "/no-such-page", "/style/lanterne.css"] {
            let page = get(&router, path, &[]).await;
            let csp = page.header("content-security-policy");
            assert!(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), "{path}: {csp}");
            assert_eq!(page.header("x-content-type-options"), "nosniff", "{path}");
            assert_eq!(page.header("referrer-policy"), "no-referrer", "{path}");
        }
    }

    a_page_script_runs_only_with_the_nonce_of_its_own_response => |db| {
        let router = db.router();
        let first = get(&router, "/", &[]).await;
        let second = get(&router, "/", &[]).await;
        let csp = first.header("content-security-policy");
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert_ne!(csp, second.header("content-security-policy"), "a nonce is never reused");
        if let Some(nonce) = nonce_of_script(&first.body) {
            assert!(csp.contains(&format!("'nonce-{nonce}'")), "{csp}");
        } else {
            assert!(!first.body.contains("<script"), "every script carries the nonce");
        }
    }

    an_unknown_page_is_a_localised_404_inside_the_shell => |db| {
        let router = db.router();
        let french = get(&router, "/nulle-part", &[]).await;
        assert_eq!(french.status, 404);
        assert!(french.body.contains("Page introuvable") && french.body.contains("Sortie rapide"));
        let english = get(&router, "/nowhere?x=1", &[("accept-language", "en")]).await;
        assert_eq!(english.status, 404);
        assert!(english.body.contains("Page not found"));
    }

    the_help_page_lists_services_with_what_happens_when_you_call => |db| {
        let page = get(&db.router(), "/help", &[("accept-language", "en")]).await;
        assert_eq!(page.status, 200);
        for text in ["Call 0800 1111", "tel:08001111", "It is never your fault", "Take It Down", "Checked on 2026-12-06"] {
            assert!(page.body.contains(text), "missing {text}");
        }
        assert!(!page.body.contains("help-region-"), "every message id resolves");
    }

    the_stylesheet_is_served_compressed => |db| {
        let page = get(&db.router(), "/style/lanterne.css", &[("accept-encoding", "gzip")]).await;
        assert_eq!(page.status, 200);
        assert_eq!(page.header("content-encoding"), "gzip");
    }
}
