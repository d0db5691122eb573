//! What Lanterne reads of a launch token. Only these claims are decoded:
//! `name`, `email`, `picture` and the other personal claims a platform may
//! send are never read into memory, let alone stored.

use serde::Deserialize;
use std::collections::HashMap;

pub const RESOURCE_LINK_REQUEST: &str = "LtiResourceLinkRequest";
pub const DEEP_LINKING_REQUEST: &str = "LtiDeepLinkingRequest";
pub const VERSION: &str = "1.3.0";
/// The custom parameter a deep link sets: the module it opens.
pub const MODULE_PARAMETER: &str = "lanterne_module";

#[derive(Clone, Debug, Deserialize)]
pub struct LaunchClaims {
    pub iss: String,
    #[serde(default)]
    pub sub: Option<String>,
    #[serde(default)]
    pub azp: Option<String>,
    pub nonce: String,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/message_type")]
    pub message_type: String,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/version")]
    pub version: String,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/deployment_id")]
    pub deployment_id: String,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/roles", default)]
    pub roles: Vec<String>,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/context", default)]
    pub context: Option<Context>,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/resource_link", default)]
    pub resource_link: Option<ResourceLink>,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/custom", default)]
    pub custom: Option<HashMap<String, serde_json::Value>>,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", default)]
    pub grades: Option<GradeService>,
    #[serde(
        rename = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
        default
    )]
    pub deep_linking: Option<DeepLinkingSettings>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Context {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ResourceLink {
    pub id: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct GradeService {
    #[serde(default)]
    pub scope: Vec<String>,
    #[serde(default)]
    pub lineitems: Option<String>,
    #[serde(default)]
    pub lineitem: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct DeepLinkingSettings {
    pub deep_link_return_url: String,
    #[serde(default)]
    pub accept_types: Vec<String>,
    #[serde(default)]
    pub accept_multiple: Option<bool>,
    #[serde(default)]
    pub data: Option<String>,
}

/// What a user is in the launch's course.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Instructor,
    Learner,
}

const INSTRUCTOR_ROLES: [&str; 5] = [
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper",
    "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant",
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
];
const LEARNER_ROLES: [&str; 3] = [
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student",
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Learner",
];

impl LaunchClaims {
    /// Instructor if any role says so (they manage the course), else learner.
    pub fn role(&self) -> Option<Role> {
        let has = |set: &[&str]| self.roles.iter().any(|r| set.contains(&r.as_str()));
        if has(&INSTRUCTOR_ROLES) {
            Some(Role::Instructor)
        } else if has(&LEARNER_ROLES) {
            Some(Role::Learner)
        } else {
            None
        }
    }

    /// The module a resource link opens, set by Lanterne's deep link.
    pub fn module(&self) -> Option<String> {
        let value = self.custom.as_ref()?.get(MODULE_PARAMETER)?;
        value.as_str().map(str::to_owned)
    }

    /// Whether the platform lets Lanterne post scores.
    pub fn can_post_scores(&self) -> bool {
        self.grades
            .as_ref()
            .is_some_and(|g| g.scope.iter().any(|s| s == super::remote::SCORE_SCOPE))
    }

    /// The line item a resource link's scores go to, when grades are offered
    /// (and its address is https, or on this machine).
    pub fn line_item(&self) -> Option<&str> {
        let line_item = self.grades.as_ref()?.lineitem.as_deref()?;
        let safe = super::platforms::origin_of(line_item).is_some();
        (self.can_post_scores() && safe).then_some(line_item)
    }
}
