//! Random identifiers and the codes printed on login cards.
//!
//! Codes use 25 letters and digits that cannot be mistaken for one another
//! (no 0/O, 1/I/L, 2/Z, 5/S, 8/B): six of them make 244 million codes.

use rand::Rng;
use sha2::{Digest, Sha256};

const ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";
pub const CODE_LEN: usize = 6;

/// A random identifier: 128 bits, hexadecimal.
pub fn random_id() -> String {
    let bytes: [u8; 16] = rand::rng().random();
    hex::encode(bytes)
}

/// A new random code of [`CODE_LEN`] characters.
pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_LEN)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

/// A permit's verification code: eight characters (150 billion codes).
pub fn new_permit_code() -> String {
    format!("{}{}", &new_code()[..4], &new_code()[..4])
}

/// A permit code as typed, or `None` if it cannot be one.
pub fn normalise_permit(typed: &str) -> Option<String> {
    normalise_to(typed, 8)
}

/// A code as typed (any case, spaces or dashes) in its stored form, or `None`
/// if it cannot be a code.
pub fn normalise(typed: &str) -> Option<String> {
    normalise_to(typed, CODE_LEN)
}

fn normalise_to(typed: &str, len: usize) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == len && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// A code as printed: two halves, easier to copy.
pub fn display(code: &str) -> String {
    if code.len().is_multiple_of(2) && code.is_ascii() {
        let half = code.len() / 2;
        format!("{}-{}", &code[..half], &code[half..])
    } else {
        code.to_owned()
    }
}

/// What is stored of a pupil's personal code: a hash salted with the class,
/// so the same code in two classes hashes differently.
pub fn pupil_code_hash(class_id: &str, code: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"lanterne-pupil-code:");
    hasher.update(class_id.as_bytes());
    hasher.update(b":");
    hasher.update(code.as_bytes());
    hex::encode(hasher.finalize())
}

/// A one-way SHA-256 of `text`, in hex.
pub fn one_way(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_what_a_pupil_types() {
        for _ in 0..100 {
            let code = new_code();
            assert_eq!(
                normalise(&display(&code).to_lowercase()).as_deref(),
                Some(code.as_str())
            );
        }
        assert_eq!(normalise("ACD EF"), None);
        let permit = new_permit_code();
        assert_eq!(
            normalise_permit(&display(&permit)).as_deref(),
            Some(permit.as_str())
        );
        assert_eq!(normalise("ACDEF0"), None);
        assert_ne!(pupil_code_hash("a", "ACDEFG"), pupil_code_hash("b", "ACDEFG"));
        assert_eq!(random_id().len(), 32);
    }
}
