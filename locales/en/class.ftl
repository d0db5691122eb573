## The pupil's side of a class: joining, handles, the permit and its verification.

join-title = Join my class
join-lead = Type the two codes written on the card your teacher gave you.
join-class-code = Class code
join-personal-code = My personal code
join-submit = Sign in
join-no-card = No card?
join-as-guest = Try the modules without a class
join-error-codes = These codes do not match any card. Check each letter, or ask your teacher for help.
join-error-closed = Your class isn't open right now. Your teacher will open it at the start of the session.
join-error-throttled = There have been too many tries. Wait a few minutes, then ask your teacher to check your card.
join-you-are = You are { $handle }, in class { $class }.
join-go-to-modules = See my modules
join-leave = Sign out

course-assigned = Set by your teacher
course-due = Due { $date }
course-not-you = Not you?
course-join-class = Join my class with my card

pupil-handle = { $colour } { $animal } { $number }
animal-0 = Fox
animal-1 = Owl
animal-2 = Beaver
animal-3 = Dolphin
animal-4 = Hedgehog
animal-5 = Lynx
animal-6 = Wolf
animal-7 = Panda
animal-8 = Koala
animal-9 = Llama
animal-10 = Penguin
animal-11 = Squirrel
animal-12 = Badger
animal-13 = Falcon
animal-14 = Seal
animal-15 = Zebra
colour-0 = Blue
colour-1 = Green
colour-2 = Orange
colour-3 = Purple
colour-4 = Golden
colour-5 = Silver
colour-6 = Red
colour-7 = Yellow

permit-get = Get my certificate
permit-see = See my certificate
permit-title = Lanterne certificate
permit-print-hint = Print this page (Ctrl+P). You can write your first name by hand, or type it below: it's never sent anywhere.
permit-date = Awarded on
permit-class = Class
permit-guest = no class (guest)
permit-name = First name:
permit-parent-signature = Signature of a parent or carer:
permit-own-signature = Your signature:
permit-code = Verification code:
permit-check-at = Check it at { $address }

verify-title = Check a certificate
verify-lead = Type the verification code printed at the bottom of the certificate.
verify-submit = Check
verify-valid = This certificate is genuine.
verify-proves = It proves that the final test "{ $module }" ({ $tier }) was passed on { $date } (class: { $class }), using the content as reviewed on { $version }.
verify-nothing-about-pupil = Lanterne does not know the pupil's name or anything else about them.
verify-unknown = No certificate matches this code. Check each character.
