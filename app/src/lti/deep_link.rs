//! The answer to a deep-linking request: the modules an instructor picked,
//! as LTI resource links that open them, each with a line item (out of 100)
//! when the platform offers Assignment and Grade Services; signed with
//! Lanterne's key and posted back by the instructor's browser.

use super::claims::{DeepLinkingSettings, MODULE_PARAMETER, VERSION};
use super::keys::ToolKey;
use super::platforms::Platform;
use super::LtiError;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The score maximum of every line item: a module's score in percent.
pub const SCORE_MAXIMUM: i64 = 100;

/// A deep-linking request waiting for the instructor's pick (kept in their session).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingPick {
    pub platform_id: String,
    pub deployment_id: String,
    pub class_id: String,
    pub return_url: String,
    pub data: Option<String>,
    pub multiple: bool,
    pub grades: bool,
}

impl PendingPick {
    pub fn new(
        platform: &Platform,
        deployment_id: &str,
        class_id: &str,
        settings: &DeepLinkingSettings,
        grades: bool,
    ) -> Self {
        PendingPick {
            platform_id: platform.id.clone(),
            deployment_id: deployment_id.to_owned(),
            class_id: class_id.to_owned(),
            return_url: settings.deep_link_return_url.clone(),
            data: settings.data.clone(),
            multiple: settings.accept_multiple.unwrap_or(true),
            grades,
        }
    }
}

/// One module to link.
pub struct Picked {
    pub module_id: String,
    pub title: String,
    pub summary: String,
}

#[derive(Serialize)]
struct LineItem<'a> {
    #[serde(rename = "scoreMaximum")]
    score_maximum: i64,
    label: &'a str,
    #[serde(rename = "resourceId")]
    resource_id: &'a str,
    tag: &'static str,
}

#[derive(Serialize)]
struct ContentItem<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'a str,
    text: &'a str,
    url: &'a str,
    custom: HashMap<&'static str, &'a str>,
    #[serde(rename = "lineItem", skip_serializing_if = "Option::is_none")]
    line_item: Option<LineItem<'a>>,
}

#[derive(Serialize)]
struct Response<'a> {
    iss: &'a str,
    aud: &'a str,
    azp: &'a str,
    iat: i64,
    exp: i64,
    nonce: String,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/message_type")]
    message_type: &'static str,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/version")]
    version: &'static str,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/deployment_id")]
    deployment_id: &'a str,
    #[serde(
        rename = "https://purl.imsglobal.org/spec/lti-dl/claim/data",
        skip_serializing_if = "Option::is_none"
    )]
    data: Option<&'a str>,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items")]
    content_items: Vec<ContentItem<'a>>,
}

/// The signed deep-linking response for `picked`, whose links open `launch_url`.
pub fn response(
    key: &ToolKey,
    platform: &Platform,
    pick: &PendingPick,
    launch_url: &str,
    picked: &[Picked],
) -> Result<String, LtiError> {
    let items = picked
        .iter()
        .map(|p| ContentItem {
            kind: "ltiResourceLink",
            title: &p.title,
            text: &p.summary,
            url: launch_url,
            custom: HashMap::from([(MODULE_PARAMETER, p.module_id.as_str())]),
            line_item: pick.grades.then_some(LineItem {
                score_maximum: SCORE_MAXIMUM,
                label: &p.title,
                resource_id: &p.module_id,
                tag: "lanterne",
            }),
        })
        .collect();
    let now = crate::db::now_unix();
    key.sign(&Response {
        iss: &platform.client_id,
        aud: &platform.issuer,
        azp: &platform.client_id,
        iat: now,
        exp: now + 600,
        nonce: crate::codes::random_id(),
        message_type: "LtiDeepLinkingResponse",
        version: VERSION,
        deployment_id: &pick.deployment_id,
        data: pick.data.as_deref(),
        content_items: items,
    })
}
