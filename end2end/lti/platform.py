#!/usr/bin/env python3
"""A real LTI 1.3 platform for Lanterne's browser tests, played by lti1p3platform 0.1.8.

    python platform.py --port P [--host H] --tool-url http://127.0.0.1:T \
        [--client-id lanterne-e2e] [--deployment-id deployment-1]

Listens on 127.0.0.1:P (and [::1]:P when it can, so localhost:P answers too); the issuer is
http://H:P (H is 127.0.0.1 unless given; --port 0 picks a free port). Prints one line,
"ready http://H:P", once listening; logs requests to stderr. The tool is registered with
    OIDC login initiation  {tool}/lti/login
    launch (redirect URI)  {tool}/lti/launch   (also the deep-linking launch URL)
    key set                {tool}/lti/jwks     (fetched afresh whenever a tool's JWT is checked)

Endpoints
    GET  /jwks                   the platform's public key set
    GET  /launch?user=U&role=instructor|learner&context=C&kind=deep|link&link=L
                 &bad=SCENARIO&method=get|post&name=N&email=E
                                 starts a launch: third-party initiated login towards the tool
    GET  /frame?<as /launch>     a course page showing the launch in <iframe id="tool">
    GET|POST /auth               the OIDC authorization endpoint: answers with the id_token form
    GET  /replay                 the last id_token form again, unchanged (a replayed launch)
    POST /deep_link_return       the deep-linking return URL: stores the links the tool sends
    POST /token                  the OAuth 2 token endpoint (client_credentials, JWT assertion)
    GET  /lineitems, /lineitems/<n>   AGS line items (bearer token)
    POST /lineitems/<n>/scores   AGS scores (bearer token with the score scope)
    POST /control/down?on=1|0    makes the scores endpoint answer 503 (or not)
    GET  /state                  what the platform holds, as JSON

Bad scenarios (bad=...) spoil the id_token only: other-key, aud, expired, deployment, nonce.
"""
from __future__ import annotations

import os
import sys

# This script is named like the standard library's platform module, and Python puts its folder
# first on the import path: take the folder off, so a library importing platform gets the real one.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or os.curdir) != _HERE]

# pylint: disable=wrong-import-position
import argparse
import html
import json
import re
import secrets
import socket
import socketserver
import threading
import time
import traceback
import typing as t
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from lti1p3platform.ltiplatform import LTI1P3PlatformConfAbstract
from lti1p3platform.message_launch import LTIAdvantageMessageLaunchAbstract
from lti1p3platform.oidc_login import OIDCLoginAbstract
from lti1p3platform.registration import Registration
from lti1p3platform.request import Request

ROLES = {
    "instructor": "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
    "learner": "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
}
COURSE_OFFERING = "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"
CONTEXT_TITLE = "Year 8 – Online safety"
DEPLOYMENT_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/deployment_id"
DL_SETTINGS_CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"
DL_DATA_CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/data"
DL_DATA = "harness-data-42"
SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"
SCOPE_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly"
SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
SCORE_TYPE = "application/vnd.ims.lis.v1.score+json"
LINEITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json"
LINEITEMS_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json"
BAD_SCENARIOS = ("other-key", "aud", "expired", "deployment", "nonce")
MAX_BODY = 1 << 20


# --------------------------------------------------------------------------------------------
# Plumbing: refusals, responses, HTML
# --------------------------------------------------------------------------------------------


class Refusal(Exception):
    """A request the platform turns down, with the status and the reason the client is shown."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def describe(error: BaseException) -> str:
    """A one-line account of an exception (the library raises some without a message)."""
    if isinstance(error, Refusal):
        return error.reason
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str
    headers: t.Dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str) -> Response:
        return cls(status, (message + "\n").encode(), "text/plain; charset=utf-8")

    @classmethod
    def json(cls, status: int, value: t.Any, content_type: str = "application/json") -> Response:
        return cls(status, json.dumps(value, ensure_ascii=False).encode(), content_type)

    @classmethod
    def html(cls, status: int, page: str) -> Response:
        return cls(status, page.encode(), "text/html; charset=utf-8")

    @classmethod
    def redirect(cls, location: str) -> Response:
        return cls(302, b"", "text/plain; charset=utf-8", {"Location": location})


def esc(value: t.Any) -> str:
    return html.escape(str(value), quote=True)


class Html:
    """The few pages the platform shows."""

    @staticmethod
    def page(title: str, body: str) -> str:
        return (
            '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>{esc(title)}</title></head>\n<body>\n<h1>{esc(title)}</h1>\n{body}\n"
            "</body></html>\n"
        )

    @staticmethod
    def auto_post(title: str, action: str, fields: t.Mapping[str, str]) -> str:
        """A form POSTing fields to action, submitted at once by script, or by its button."""
        inputs = "".join(
            f'<input type="hidden" name="{esc(name)}" value="{esc(value)}">'
            for name, value in fields.items()
        )
        form = (
            f'<form method="post" action="{esc(action)}">{inputs}'
            '<button type="submit">Continue</button></form>\n'
            "<script>document.forms[0].submit();</script>"
        )
        return Html.page(title, form)

    @staticmethod
    def single_quoted(value: str) -> str:
        """Escapes value for an attribute written between single quotes (keeps JSON readable)."""
        return html.escape(value, quote=False).replace("'", "&#x27;")


# --------------------------------------------------------------------------------------------
# The platform's registration of the tool, keys and state
# --------------------------------------------------------------------------------------------


def new_rsa_key_pair() -> t.Tuple[str, str]:
    """A fresh 2048-bit RSA key pair as PEM strings (private, public), as Registration wants."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    return private, public


class PlatformKeys:
    """The platform's key pair, made at start, and an 'other' key used only to forge a launch."""

    def __init__(self) -> None:
        self.private_pem, self.public_pem = new_rsa_key_pair()
        self.other_private_pem, _ = new_rsa_key_pair()
        # The library names keys by their RFC 7638 thumbprint (jwcrypto's default kid).
        self.kid: str = Registration.get_jwk(self.public_pem)["kid"]


@dataclass(frozen=True)
class Settings:
    """Who the platform is and where the tool lives."""

    issuer: str
    tool_url: str
    client_id: str
    deployment_id: str

    @property
    def tool_login_url(self) -> str:
        return f"{self.tool_url}/lti/login"

    @property
    def tool_launch_url(self) -> str:
        return f"{self.tool_url}/lti/launch"

    @property
    def tool_jwks_url(self) -> str:
        return f"{self.tool_url}/lti/jwks"

    @property
    def deep_link_return_url(self) -> str:
        return f"{self.issuer}/deep_link_return"

    @property
    def token_url(self) -> str:
        return f"{self.issuer}/token"

    @property
    def lineitems_url(self) -> str:
        return f"{self.issuer}/lineitems"

    def lineitem_url(self, number: int) -> str:
        return f"{self.issuer}/lineitems/{number}"


class PlatformConf(LTI1P3PlatformConfAbstract):
    """The platform's one registration of the tool (LTI 1.3 core §3.1.3).

    Made afresh for every request: the library caches the tool's key set inside the Registration
    and keeps the JWT it is checking on this object, so a new one per request fetches the tool's
    JWKS anew each time (the tool may rotate its keys) and keeps concurrent requests apart.
    """

    def init_platform_config(self, **kwargs: t.Any) -> None:
        settings: Settings = kwargs["settings"]
        keys: PlatformKeys = kwargs["keys"]
        self._registration = (
            Registration()
            .set_iss(settings.issuer)
            .set_client_id(settings.client_id)
            .set_deployment_id(settings.deployment_id)
            .set_oidc_login_url(settings.tool_login_url)
            .set_launch_url(settings.tool_launch_url)
            .set_deeplink_launch_url(settings.tool_launch_url)
            .set_tool_key_set_url(settings.tool_jwks_url)
            .set_platform_public_key(keys.public_pem)
            .set_platform_private_key(keys.private_pem)
        )
        # The deep-linking request accepts resource links only; refuse anything else back.
        self.set_accepted_deeplinking_types(["ltiResourceLink"])
        self.verified_claims: t.Dict[str, t.Any] = {}

    def get_registration_by_params(self, **kwargs: t.Any) -> Registration:
        assert self._registration is not None
        return self._registration

    def tool_validate_and_decode(self, jwt_token_string: str) -> t.Dict[str, t.Any]:
        # Keep the claims of the tool's JWT once the library has verified its signature, so the
        # harness can check what the library does not (aud, iss, data, deployment, jti).
        self.verified_claims = super().tool_validate_and_decode(jwt_token_string)
        return self.verified_claims


@dataclass(frozen=True)
class LaunchParams:
    """What /launch was asked for, kept under an opaque lti_message_hint until /auth."""

    user: str
    role: str
    context: str
    kind: str
    link: str
    bad: str
    method: str
    name: str
    email: str

    @classmethod
    def parse(cls, query: t.Mapping[str, str]) -> LaunchParams:
        user = query.get("user", "")
        kind = query.get("kind", "link")
        params = cls(
            user=user,
            role=query.get("role", "learner"),
            context=query.get("context", "course-1"),
            kind=kind,
            link=query.get("link", ""),
            bad=query.get("bad", ""),
            method=query.get("method", "get"),
            name=query.get("name") or f"Alice Martin <{user}>",
            email=query.get("email") or f"{user}@example.org",
        )
        params.check()
        return params

    def check(self) -> None:
        problems = []
        if not self.user:
            problems.append("user is required")
        if self.role not in ROLES:
            problems.append(f"role must be one of {', '.join(ROLES)}")
        if self.kind not in ("deep", "link"):
            problems.append("kind must be deep or link")
        if self.kind == "link" and not self.link:
            problems.append("link (the resource link id) is required when kind=link")
        if self.bad and self.bad not in BAD_SCENARIOS:
            problems.append(f"bad must be one of {', '.join(BAD_SCENARIOS)}")
        if self.method not in ("get", "post"):
            problems.append("method must be get or post")
        if problems:
            raise Refusal(400, "; ".join(problems))

    @property
    def given_name(self) -> str:
        return self.name.split(" ", 1)[0]

    @property
    def family_name(self) -> str:
        parts = self.name.split(" ", 1)
        return parts[1] if len(parts) > 1 else ""

    @property
    def picture(self) -> str:
        return f"https://example.org/{quote(self.user, safe='')}.png"


@dataclass
class Link:
    """A resource link the tool created by deep linking."""

    id: str
    title: str
    url: t.Optional[str]
    custom: t.Dict[str, t.Any]
    lineitem: t.Optional[int] = None

    def as_json(self) -> t.Dict[str, t.Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "custom": self.custom,
            "lineitem": self.lineitem,
        }


@dataclass
class LineItem:
    """A gradebook column, made for a link whose content item asked for one."""

    id: int
    score_maximum: float
    label: str
    resource_id: t.Optional[str]
    tag: t.Optional[str]
    resource_link_id: str

    def as_json(self, settings: Settings) -> t.Dict[str, t.Any]:
        return {
            "id": settings.lineitem_url(self.id),
            "scoreMaximum": self.score_maximum,
            "label": self.label,
            "resourceId": self.resource_id,
            "tag": self.tag,
            "resourceLinkId": self.resource_link_id,
        }

    def as_ags(self, settings: Settings) -> t.Dict[str, t.Any]:
        """The AGS line item representation (optional members left out when unset)."""
        return {k: v for k, v in self.as_json(settings).items() if v is not None}


@dataclass(frozen=True)
class LaunchForm:
    """The auto-submitted form carrying the id_token to the tool's redirect URI."""

    action: str
    id_token: str
    state: str


@dataclass(frozen=True)
class LinkRequest:
    """A content item of type ltiResourceLink from a deep-linking response, checked."""

    title: str
    url: t.Optional[str]
    custom: t.Dict[str, t.Any]
    line_item: t.Optional[t.Dict[str, t.Any]]

    @classmethod
    def from_content_item(cls, item: t.Mapping[str, t.Any]) -> LinkRequest:
        custom = item.get("custom") or {}
        if not isinstance(custom, dict):
            raise Refusal(400, "a content item's custom must be a JSON object")
        line_item = item.get("lineItem")
        if line_item is not None:
            cls._check_line_item(line_item)
        return cls(str(item.get("title") or ""), item.get("url"), dict(custom), line_item)

    @staticmethod
    def _check_line_item(line_item: t.Any) -> None:
        if not isinstance(line_item, dict):
            raise Refusal(400, "a content item's lineItem must be a JSON object")
        maximum = line_item.get("scoreMaximum")
        if isinstance(maximum, bool) or not isinstance(maximum, (int, float)) or maximum <= 0:
            raise Refusal(400, "a lineItem needs a positive number scoreMaximum")


class Store:
    """Everything the platform remembers, behind one lock (requests run on threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._launches: t.Dict[str, LaunchParams] = {}
        self._links: t.Dict[str, Link] = {}
        self._lineitems: t.Dict[int, LineItem] = {}
        self._scores: t.List[t.Dict[str, t.Any]] = []
        self._used_jtis: t.Set[str] = set()
        self._last_form: t.Optional[LaunchForm] = None
        self.rejected = 0
        self.token_requests = 0
        self.down = False

    def remember_launch(self, params: LaunchParams) -> str:
        hint = secrets.token_urlsafe(18)
        with self._lock:
            self._launches[hint] = params
        return hint

    def launch(self, hint: str) -> t.Optional[LaunchParams]:
        with self._lock:
            return self._launches.get(hint)

    def remember_form(self, form: LaunchForm) -> None:
        with self._lock:
            self._last_form = form

    def last_form(self) -> t.Optional[LaunchForm]:
        with self._lock:
            return self._last_form

    def add_links(self, requests: t.Sequence[LinkRequest]) -> t.List[Link]:
        with self._lock:
            return [self._add_link(request) for request in requests]

    def _add_link(self, request: LinkRequest) -> Link:
        number = len(self._links) + 1
        link = Link(f"rl-{number}", request.title, request.url, request.custom)
        if request.line_item is not None:
            self._lineitems[number] = LineItem(
                id=number,
                score_maximum=request.line_item["scoreMaximum"],
                label=str(request.line_item.get("label") or request.title),
                resource_id=request.line_item.get("resourceId"),
                tag=request.line_item.get("tag"),
                resource_link_id=link.id,
            )
            link.lineitem = number
        self._links[link.id] = link
        return link

    def link(self, link_id: str) -> t.Optional[Link]:
        with self._lock:
            return self._links.get(link_id)

    def lineitem(self, number: int) -> t.Optional[LineItem]:
        with self._lock:
            return self._lineitems.get(number)

    def lineitems(self) -> t.List[LineItem]:
        with self._lock:
            return list(self._lineitems.values())

    def use_jti(self, jti: str) -> bool:
        """Records a client assertion's jti; False if it was seen before (a replay)."""
        with self._lock:
            if jti in self._used_jtis:
                return False
            self._used_jtis.add(jti)
            return True

    def add_score(self, score: t.Dict[str, t.Any]) -> None:
        with self._lock:
            self._scores.append(score)

    def reject(self) -> None:
        with self._lock:
            self.rejected += 1

    def count_token_request(self) -> None:
        with self._lock:
            self.token_requests += 1

    def set_down(self, down: bool) -> None:
        with self._lock:
            self.down = down

    def snapshot(self, settings: Settings) -> t.Dict[str, t.Any]:
        with self._lock:
            return {
                "links": [link.as_json() for link in self._links.values()],
                "lineitems": [item.as_json(settings) for item in self._lineitems.values()],
                "scores": list(self._scores),
                "rejected": self.rejected,
                "token_requests": self.token_requests,
                "down": self.down,
            }


@dataclass(frozen=True)
class Harness:
    """What every endpoint shares."""

    settings: Settings
    keys: PlatformKeys
    store: Store

    def conf(self) -> PlatformConf:
        return PlatformConf(settings=self.settings, keys=self.keys)


# --------------------------------------------------------------------------------------------
# The library's abstract pieces, made concrete
# --------------------------------------------------------------------------------------------


class HarnessRequest(Request):
    """A request's parameters as the library reads them (it looks at get_data, then form_data)."""

    def build_metadata(self, request: t.Any) -> t.Any:
        method, params = request
        return {
            "method": method,
            "get_data": dict(params) if method == "GET" else {},
            "form_data": {} if method == "GET" else dict(params),
            "headers": {},
            "content_type": None,
            "path": "",
            "json": None,
        }


class ToolLogin(OIDCLoginAbstract):
    """Third-party initiated login (LTI 1.3 core §4.1; OIDC login initiation)."""

    def set_lti_message_hint(self, **kwargs: t.Any) -> None:
        self._lti_message_hint = kwargs["hint"]

    def get_redirect(self, url: str) -> str:
        return url


class IdTokenSpoiler:
    """The bad scenarios: each spoils one thing of a genuine id_token, for the tool to refuse."""

    def __init__(self, keys: PlatformKeys) -> None:
        self._keys = keys

    def spoil(self, id_token: str, scenario: str) -> str:
        claims = jwt.decode(
            id_token, self._keys.public_pem, algorithms=["RS256"], options={"verify_aud": False}
        )
        key = self._keys.private_pem
        if scenario == "other-key":
            key = self._keys.other_private_pem  # still under the platform key's kid
        elif scenario == "aud":
            claims["aud"] = claims["azp"] = "someone-else"
        elif scenario == "expired":
            now = int(time.time())
            claims["iat"], claims["exp"] = now - 20 * 60, now - 10 * 60
        elif scenario == "deployment":
            claims[DEPLOYMENT_CLAIM] = "unregistered-deployment"
        elif scenario == "nonce":
            claims["nonce"] = secrets.token_urlsafe(16)
        # Without an expiration, encode_and_sign keeps iat and exp as they are.
        return Registration.encode_and_sign(claims, key, headers={"kid": self._keys.kid})


class ToolLaunch(LTIAdvantageMessageLaunchAbstract):
    """The authentication response: the signed id_token (LTI 1.3 core §5.1, Deep Linking 2.0
    §4.4 deep-linking request, AGS 2.0 §3.1 endpoint claim), posted to the tool by a form."""

    def __init__(
        self, request: HarnessRequest, harness: Harness, params: LaunchParams
    ) -> None:
        super().__init__(request, harness.conf())
        self._harness = harness
        self._params = params

    # Called by lti_launch() once the library has checked the authentication request.
    def prepare_launch(self, preflight_response: t.Dict[str, t.Any]) -> None:
        self._set_user_claims()
        self.set_launch_context_claim(
            self._params.context, context_types=[COURSE_OFFERING], context_title=CONTEXT_TITLE
        )
        if self._params.kind == "deep":
            self._prepare_deep_linking_request()
        else:
            self._prepare_resource_link_request()

    def _set_user_claims(self) -> None:
        # Always the full name, e-mail and more, so the tests see what the tool keeps of them.
        params = self._params
        self.set_user_data(params.user, [ROLES[params.role]], params.name, params.email)
        self.set_extra_claims(
            {
                "given_name": params.given_name,
                "family_name": params.family_name,
                "picture": params.picture,
            }
        )

    def _prepare_deep_linking_request(self) -> None:
        settings = self._harness.settings
        # The library types extra_data as a dict but puts it in the claim's data as it is.
        self.set_dl(
            settings.deep_link_return_url,
            accept_types={"ltiResourceLink"},
            extra_data=DL_DATA,  # type: ignore[arg-type]
        )
        # The library also offers "embed"; this platform shows links in an iframe or a window.
        assert self._deep_linking_launch_data is not None
        self._deep_linking_launch_data[DL_SETTINGS_CLAIM][
            "accept_presentation_document_targets"
        ] = ["iframe", "window"]
        self.set_ags(settings.lineitems_url)

    def _prepare_resource_link_request(self) -> None:
        settings = self._harness.settings
        link = self._harness.store.link(self._params.link)
        self.set_resource_link_claim(self._params.link, title=link.title if link else None)
        if link and link.custom:
            self.set_custom_parameters_claim(link.custom)
        lineitem_url = None
        if link and link.lineitem is not None:
            lineitem_url = settings.lineitem_url(link.lineitem)
        self.set_ags(settings.lineitems_url, lineitem_url)

    def generate_launch_request(self) -> t.Any:
        launch = super().generate_launch_request()
        if self._params.bad:
            spoiler = IdTokenSpoiler(self._harness.keys)
            launch["id_token"] = spoiler.spoil(launch["id_token"], self._params.bad)
        return launch

    def render_launch_form(self, launch_data: t.Dict[str, t.Any], **kwargs: t.Any) -> LaunchForm:
        return LaunchForm(launch_data["launch_url"], launch_data["id_token"], launch_data["state"])


# --------------------------------------------------------------------------------------------
# Endpoints
# --------------------------------------------------------------------------------------------


@dataclass
class Incoming:
    """An HTTP request, parsed once."""

    method: str
    path: str
    raw_query: str
    query: t.Dict[str, str]
    form: t.Dict[str, str]
    headers: t.Mapping[str, str]
    body: bytes

    @property
    def params(self) -> t.Dict[str, str]:
        """Query and form fields together (form fields win)."""
        return {**self.query, **self.form}


class LaunchFlow:
    """Launching the tool: the key set, login initiation, the authorization endpoint, replays."""

    def __init__(self, harness: Harness) -> None:
        self._harness = harness
        self._settings = harness.settings

    # The platform's key set (security framework §6.3): the tool verifies id_tokens with it.
    def jwks(self, req: Incoming) -> Response:
        return Response.json(200, self._harness.conf().get_jwks())

    # Third-party initiated login (LTI 1.3 core §4.1): send the browser to the tool's login URL.
    def launch(self, req: Incoming) -> Response:
        params = LaunchParams.parse(req.query)
        hint = self._harness.store.remember_launch(params)
        login = ToolLogin(HarnessRequest(("GET", req.query)), self._harness.conf())
        login.set_lti_message_hint(hint=hint)
        if params.kind == "deep":
            login.set_deeplinking_launch_url()
        url = login.initiate_login(params.user)
        if params.method == "get":
            return Response.redirect(url)
        parts = urlsplit(url)
        action = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        fields = dict(parse_qsl(parts.query, keep_blank_values=True))
        return Response.html(200, Html.auto_post("Signing in to the tool", action, fields))

    # A course page of the platform with the tool framed in it (launch into an iframe).
    def frame(self, req: Incoming) -> Response:
        LaunchParams.parse(req.query)  # refuse bad parameters here, not inside the frame
        src = esc(f"/launch?{req.raw_query}")
        body = (
            f"<h2>{esc(CONTEXT_TITLE)}</h2>\n"
            f'<iframe id="tool" name="tool" title="Lanterne" src="{src}" '
            'style="width:100%;height:900px"></iframe>'
        )
        return Response.html(200, Html.page("Course page", body))

    # OIDC authentication request → response (LTI 1.3 core §5.1.1; security framework §5.1.1.2).
    def auth(self, req: Incoming) -> Response:
        request = req.params
        params = self._harness.store.launch(request.get("lti_message_hint", ""))
        self._check_authentication_request(request, params)
        assert params is not None
        launch = ToolLaunch(HarnessRequest((req.method, request)), self._harness, params)
        try:
            form: LaunchForm = launch.lti_launch()
        except Exception as error:
            raise Refusal(400, f"launch refused: {describe(error)}") from error
        self._harness.store.remember_form(form)
        return self._launch_page(form)

    def _check_authentication_request(
        self, request: t.Mapping[str, str], params: t.Optional[LaunchParams]
    ) -> None:
        expected = {
            "client_id": self._settings.client_id,
            "redirect_uri": self._settings.tool_launch_url,
            "response_type": "id_token",
            "response_mode": "form_post",
            "prompt": "none",
        }
        problems = [
            f"{name} must be {value!r}, not {request.get(name)!r}"
            for name, value in expected.items()
            if request.get(name) != value
        ]
        if "openid" not in request.get("scope", "").split():
            problems.append(f"scope must include 'openid', not {request.get('scope')!r}")
        problems += [f"{name} is missing" for name in ("state", "nonce") if not request.get(name)]
        if params is None:
            problems.append("lti_message_hint is unknown: it must be the one /launch sent")
        elif request.get("login_hint") != params.user:
            problems.append(
                f"login_hint must be {params.user!r} (the launch's user), "
                f"not {request.get('login_hint')!r}"
            )
        if problems:
            raise Refusal(400, "authentication request refused:\n" + "\n".join(problems))

    # The same form again, same id_token and state: what an attacker replaying a launch sends.
    def replay(self, req: Incoming) -> Response:
        form = self._harness.store.last_form()
        if form is None:
            raise Refusal(404, "no launch yet: nothing to replay")
        return self._launch_page(form)

    @staticmethod
    def _launch_page(form: LaunchForm) -> Response:
        fields = {"id_token": form.id_token, "state": form.state}
        return Response.html(200, Html.auto_post("Launching the tool", form.action, fields))


class DeepLinkingReturn:
    """The deep-linking return URL (Deep Linking 2.0 §4.5): the tool's signed choice of links."""

    def __init__(self, harness: Harness) -> None:
        self._harness = harness
        self._settings = harness.settings

    def receive(self, req: Incoming) -> Response:
        token = req.form.get("JWT")
        if not token:
            raise Refusal(400, "deep linking response refused: no JWT form field")
        conf = self._harness.conf()
        try:
            items = conf.validate_deeplinking_resp({"JWT": token})
        except Exception as error:
            raise Refusal(400, f"deep linking response refused: {describe(error)}") from error
        self._check_claims(conf.verified_claims)
        requests = [
            LinkRequest.from_content_item(item)
            for item in items
            if item.get("type") == "ltiResourceLink"
        ]
        links = self._harness.store.add_links(requests)
        return Response.html(200, self._links_page(links))

    def _check_claims(self, claims: t.Mapping[str, t.Any]) -> None:
        """What the library leaves unchecked: the data echoed, the audience, the deployment."""
        problems = []
        if claims.get(DL_DATA_CLAIM) != DL_DATA:
            problems.append(f"data must be {DL_DATA!r}, not {claims.get(DL_DATA_CLAIM)!r}")
        if not audience_includes(claims.get("aud"), self._settings.issuer):
            problems.append(f"aud must be {self._settings.issuer!r}, not {claims.get('aud')!r}")
        if claims.get(DEPLOYMENT_CLAIM) != self._settings.deployment_id:
            problems.append(
                f"deployment_id must be {self._settings.deployment_id!r}, "
                f"not {claims.get(DEPLOYMENT_CLAIM)!r}"
            )
        if problems:
            raise Refusal(400, "deep linking response refused:\n" + "\n".join(problems))

    @staticmethod
    def _links_page(links: t.Sequence[Link]) -> str:
        items = "\n".join(
            f'<li data-link="{esc(link.id)}" '
            f"data-custom='{Html.single_quoted(json.dumps(link.custom, ensure_ascii=False))}'>"
            f"{esc(link.title)}</li>"
            for link in links
        )
        return Html.page("Links added", f"<ul>\n{items}\n</ul>")


def audience_includes(aud: t.Any, expected: str) -> bool:
    """A JWT's aud is a string or a list of strings."""
    return aud == expected or (isinstance(aud, list) and expected in aud)


class TokenEndpoint:
    """OAuth 2 client credentials grant with a signed JWT assertion (security framework §4.1)."""

    def __init__(self, harness: Harness) -> None:
        self._harness = harness
        self._settings = harness.settings

    def issue(self, req: Incoming) -> Response:
        self._harness.store.count_token_request()
        try:
            token = self._access_token(req.form)
        except Exception as error:
            return Response.json(400, {"error": "invalid_grant", "detail": describe(error)})
        return Response.json(200, token)

    def _access_token(self, form: t.Mapping[str, str]) -> t.Dict[str, t.Any]:
        if form.get("client_assertion_type") != CLIENT_ASSERTION_TYPE:
            raise Refusal(400, f"client_assertion_type must be {CLIENT_ASSERTION_TYPE}")
        conf = self._harness.conf()
        # The library checks the fields, the grant type and the assertion's signature...
        token = conf.get_access_token(dict(form))
        # ...and the harness the assertion's claims, before handing the token over.
        self._check_assertion(conf.verified_claims)
        return dict(token)

    def _check_assertion(self, claims: t.Mapping[str, t.Any]) -> None:
        client_id = self._settings.client_id
        problems = [
            f"{name} must be {client_id!r}, not {claims.get(name)!r}"
            for name in ("iss", "sub")
            if claims.get(name) != client_id
        ]
        if not audience_includes(claims.get("aud"), self._settings.token_url):
            problems.append(f"aud must be {self._settings.token_url!r}, not {claims.get('aud')!r}")
        problems += [f"{name} is missing" for name in ("iat", "exp", "jti") if name not in claims]
        if not problems and not self._harness.store.use_jti(str(claims["jti"])):
            problems.append("jti was used before: a client assertion serves once")
        if problems:
            raise Refusal(400, "client assertion refused: " + "; ".join(problems))


class GradeService:
    """Assignment and Grade Services 2.0: line items (§3.2) and scores (§3.4)."""

    def __init__(self, harness: Harness) -> None:
        self._harness = harness
        self._settings = harness.settings
        self._store = harness.store

    def list_lineitems(self, req: Incoming) -> Response:
        self._require_token(req, [SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY])
        filters = {
            "resource_link_id": "resourceLinkId",
            "resource_id": "resourceId",
            "tag": "tag",
        }
        items = [item.as_ags(self._settings) for item in self._store.lineitems()]
        for param, member in filters.items():
            if param in req.query:
                items = [item for item in items if item.get(member) == req.query[param]]
        return Response.json(200, items, LINEITEMS_TYPE)

    def get_lineitem(self, req: Incoming, number: str) -> Response:
        self._require_token(req, [SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY])
        item = self._store.lineitem(int(number))
        if item is None:
            raise Refusal(404, f"no line item {number}")
        return Response.json(200, item.as_ags(self._settings), LINEITEM_TYPE)

    def post_score(self, req: Incoming, number: str) -> Response:
        try:
            self._require_token(req, [SCOPE_SCORE])
            if media_type(req.headers.get("Content-Type", "")) != SCORE_TYPE:
                raise Refusal(415, f"a score must be sent as {SCORE_TYPE}")
            if self._store.lineitem(int(number)) is None:
                raise Refusal(404, f"no line item {number}")
            if self._store.down:
                return Response.text(503, "the gradebook is down (POST /control/down on=0)")
            score = self._parse_score(req.body, int(number))
        except Refusal:
            self._store.reject()
            raise
        self._store.add_score(score)
        return Response.json(200, {})

    def _require_token(self, req: Incoming, scopes: t.List[str]) -> None:
        scheme, _, token = req.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Refusal(401, "an Authorization: Bearer <access token> header is required")
        try:
            allowed = self._harness.conf().validate_token(token.strip(), allowed_scopes=scopes)
        except Exception as error:
            raise Refusal(401, f"invalid access token: {describe(error)}") from error
        if not allowed:
            raise Refusal(401, f"the access token lacks the scope {' or '.join(scopes)}")

    @staticmethod
    def _parse_score(body: bytes, number: int) -> t.Dict[str, t.Any]:
        try:
            score = json.loads(body.decode("utf-8"))
        except ValueError as error:
            raise Refusal(400, f"the score is not JSON: {error}") from error
        if not isinstance(score, dict):
            raise Refusal(400, "the score must be a JSON object")
        required = ["userId", "activityProgress", "gradingProgress", "timestamp"]
        if "scoreGiven" in score:
            required.append("scoreMaximum")
        missing = [name for name in required if score.get(name) is None]
        if missing:
            raise Refusal(400, f"the score lacks {', '.join(missing)}")
        names = ["userId", "scoreGiven", "scoreMaximum"] + required[1:4]
        return {"lineitem": number, **{name: score.get(name) for name in names}}


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


class ControlPanel:
    """For the tests only: break the gradebook, read what the platform holds."""

    def __init__(self, harness: Harness) -> None:
        self._harness = harness

    def set_down(self, req: Incoming) -> Response:
        on = req.params.get("on")
        if on not in ("0", "1"):
            raise Refusal(400, "on must be 1 or 0")
        self._harness.store.set_down(on == "1")
        return Response.json(200, {"down": on == "1"})

    def state(self, req: Incoming) -> Response:
        return Response.json(200, self._harness.store.snapshot(self._harness.settings))


# --------------------------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------------------------

Route = t.Tuple[str, "re.Pattern[str]", t.Callable[..., Response]]


class Router:
    """Which endpoint answers which method and path."""

    def __init__(self, harness: Harness) -> None:
        launches = LaunchFlow(harness)
        grades = GradeService(harness)
        control = ControlPanel(harness)
        table: t.List[t.Tuple[str, str, t.Callable[..., Response]]] = [
            ("GET", r"/jwks", launches.jwks),
            ("GET", r"/launch", launches.launch),
            ("GET", r"/frame", launches.frame),
            ("GET", r"/auth", launches.auth),
            ("POST", r"/auth", launches.auth),
            ("GET", r"/replay", launches.replay),
            ("POST", r"/deep_link_return", DeepLinkingReturn(harness).receive),
            ("POST", r"/token", TokenEndpoint(harness).issue),
            ("GET", r"/lineitems", grades.list_lineitems),
            ("GET", r"/lineitems/(\d+)", grades.get_lineitem),
            ("POST", r"/lineitems/(\d+)/scores", grades.post_score),
            ("POST", r"/control/down", control.set_down),
            ("GET", r"/state", control.state),
        ]
        self._routes: t.List[Route] = [
            (method, re.compile(pattern), endpoint) for method, pattern, endpoint in table
        ]

    def handle(self, req: Incoming) -> Response:
        allowed = []
        for method, pattern, endpoint in self._routes:
            match = pattern.fullmatch(req.path)
            if match and method == req.method:
                return endpoint(req, *match.groups())
            if match:
                allowed.append(method)
        if allowed:
            raise Refusal(405, f"{req.path} answers {' and '.join(allowed)} only")
        raise Refusal(404, f"no such endpoint: {req.path}")


class Handler(BaseHTTPRequestHandler):
    """Reads a request, asks the router, writes the answer; never lets an error hang a client."""

    server: HarnessServer
    server_version = "LanterneTestPlatform/1"
    timeout = 30  # seconds a silent client may hold a thread

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        try:
            response = self.server.router.handle(self._incoming(method))
        except Refusal as refusal:
            response = Response.text(refusal.status, refusal.reason)
        except Exception as error:  # a bug here: say so rather than hang
            traceback.print_exc(file=sys.stderr)
            response = Response.text(500, describe(error))
        if response.status >= 400:
            reason = response.body[:300].decode(errors="replace").strip()
            self.log_message("-> %d %s", response.status, reason)
        self._send(response)

    def _incoming(self, method: str) -> Incoming:
        parts = urlsplit(self.path)
        body = self._read_body()
        form: t.Dict[str, str] = {}
        if media_type(self.headers.get("Content-Type", "")) == "application/x-www-form-urlencoded":
            form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        return Incoming(method, parts.path, parts.query, query, form, self.headers, body)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError as error:
            raise Refusal(400, "bad Content-Length") from error
        if length > MAX_BODY:
            raise Refusal(413, "request body too large")
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked(self) -> bytes:
        body = b""
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return body
            body += self.rfile.read(size)
            self.rfile.readline()
            if len(body) > MAX_BODY:
                raise Refusal(413, "request body too large")

    def _send(self, response: Response) -> None:
        try:
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(response.body)
        except (BrokenPipeError, ConnectionResetError):
            self.log_message("the client went away before the answer")


class HarnessServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64  # parallel browser tests open many connections at once
    router: Router

    def server_bind(self) -> None:
        # As HTTPServer.server_bind, without its reverse DNS look-up of the address.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]


class HarnessServer6(HarnessServer):
    address_family = socket.AF_INET6


def listen(port: int) -> t.List[HarnessServer]:
    """127.0.0.1:port, and [::1]:port when possible: browsers may try localhost over IPv6 first."""
    servers = [HarnessServer(("127.0.0.1", port), Handler)]
    try:
        servers.append(HarnessServer6(("::1", servers[0].server_address[1]), Handler))
    except OSError:
        pass  # no IPv6 loopback here; localhost then means 127.0.0.1
    return servers


def parse_args(argv: t.Optional[t.Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="An LTI 1.3 platform for the browser tests.")
    parser.add_argument("--port", type=int, required=True, help="on 127.0.0.1; 0: any free port")
    parser.add_argument("--host", default="127.0.0.1", help="issuer: http://HOST:PORT")
    parser.add_argument("--tool-url", required=True, help="the tool's base, http://127.0.0.1:3107")
    parser.add_argument("--client-id", default="lanterne-e2e")
    parser.add_argument("--deployment-id", default="deployment-1")
    return parser.parse_args(argv)


def main(argv: t.Optional[t.Sequence[str]] = None) -> None:
    args = parse_args(argv)
    servers = listen(args.port)
    port = servers[0].server_address[1]
    settings = Settings(
        issuer=f"http://{args.host}:{port}",
        tool_url=args.tool_url.rstrip("/"),
        client_id=args.client_id,
        deployment_id=args.deployment_id,
    )
    router = Router(Harness(settings, PlatformKeys(), Store()))
    for server in servers:
        server.router = router
    for server in servers[1:]:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"ready {settings.issuer}", flush=True)
    try:
        servers[0].serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
