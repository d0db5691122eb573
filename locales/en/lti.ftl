## Launches from a learning platform (LTI): refusals

lti-refused-next = Go back to your course page and open the activity again. If this keeps happening, tell whoever runs your learning platform or this Lanterne; nothing about you was kept.
lti-refused-registration-title = This learning platform is not set up here
lti-refused-registration-text = This Lanterne does not know the learning platform (or the part of it) that sent you. Whoever runs this Lanterne needs to register it first.
lti-refused-stale-title = This link has expired
lti-refused-stale-text = The sign-in from your learning platform took too long, was already used, or was cancelled.
lti-refused-invalid-title = Lanterne could not check this sign-in
lti-refused-invalid-text = The sign-in sent by your learning platform did not pass Lanterne's checks, so it was refused.
lti-refused-unreachable-title = Lanterne could not reach your learning platform
lti-refused-unreachable-text = To check the sign-in, Lanterne needs your learning platform's public keys, and it could not get them just now. Try again in a few minutes.
lti-refused-role-title = This activity is for teachers and pupils
lti-refused-role-text = Your role in this course is neither teacher nor pupil, so Lanterne has nothing to show you here.
lti-refused-no-class-title = Your teacher has not opened Lanterne yet
lti-refused-no-class-text = Lanterne makes the class when a teacher of this course opens it for the first time. Ask your teacher to open the activity once, then try again.
lti-refused-failed-title = Something went wrong on our side
lti-refused-failed-text = Lanterne could not finish the sign-in. The problem was recorded.

## When the browser keeps no cookie inside the course page

lti-new-tab-title = Open Lanterne in a new tab
lti-new-tab-text = Your browser does not let Lanterne remember you inside your course page (it blocks cookies from other sites there). Lanterne works the same in a tab of its own.
lti-new-tab-open = Open Lanterne in a new tab

## Deep linking: the teacher picks modules for their course

lti-pick-title = Choose modules for your course
lti-pick-lead = Each module you choose becomes an activity of your course on the learning platform, and is assigned to the Lanterne class “{ $class }”. Pupils sign in by clicking it: no card, no code.
lti-pick-tiers = Age group
lti-pick-modules = Modules for { $tier }
lti-pick-sensitive = (sensitive: pupils can open it once you have done its safeguarding checklist)
lti-pick-country = The country whose help numbers pupils see
lti-pick-submit = Add to my course
lti-pick-none = There is no module choice waiting. Open "Add an activity" in your course on the learning platform and choose Lanterne again.
lti-error-no-pick = This choice has already been sent, or has expired. Start again from your learning platform.
lti-error-pick-none = Choose at least one module.
lti-error-pick-one = Your learning platform accepts one module at a time here: choose one.
lti-error-tier-fixed = Pupils of this course have already started with another age group, so its modules stay in that age group.
lti-notice-not-owner = Another teacher opened Lanterne in this course first, so its class is theirs. Your own classes are here.

lti-return-title = Ready to go back to your course
lti-return-lead = These modules will be added to your course:
lti-return-checklist = do the safeguarding checklist first (new tab)
lti-return-button = Return to your course

## The class page of a course on a learning platform

lti-class-title = Scores sent to your learning platform
lti-class-lead = This class is a course on your learning platform: pupils come in by clicking its activities, and each quiz score goes to the platform's gradebook. Lanterne keeps no name or email of them.
lti-class-module = Module
lti-class-sent = Sent
lti-class-waiting = Waiting
lti-class-none = No score yet: pupils' scores appear here when they finish a module's quiz.
lti-class-retrying = The platform did not take the last try; Lanterne tries again by itself.

## The account of a teacher who came from a learning platform

lti-account-platform = This account was made by your learning platform when you opened Lanterne from a course: it has no email and no password, and you sign in by opening Lanterne from the platform.
lti-account-delete-confirm = I understand that my account, my classes and everything their pupils did will be deleted
lti-account-error-confirm = Tick the box to confirm that you want to delete your account.
