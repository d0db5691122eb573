## The teacher's side: account, classes, cards, assignments, results.

error-try-again = Something went wrong on our side. Nothing was lost: please try again in a moment.
country-fr = France
country-gb = United Kingdom

teacher-signup-title = Create a teacher account
teacher-signup-lead = All you need is an email address and a password. We ask for nothing else, and nothing about your pupils.
teacher-signup-submit = Create my account
teacher-login-title = Sign in
teacher-login-submit = Sign in
teacher-have-account = I already have an account
teacher-no-account = No account yet? Create one
teacher-email = Email address
teacher-password = Password
teacher-password-hint = At least { $min } characters. A short sentence that is easy to remember works well.
teacher-password-confirm = Confirm password
teacher-current-password = Current password
teacher-new-password = New password
teacher-logout = Sign out
teacher-bar-label = Teacher area
teacher-my-classes = My classes
teacher-account-title = My account
teacher-signed-in-as = Signed in as { $email }.
teacher-export-account = Download all my data
teacher-export-account-text = A JSON file with your account, your classes, the pupils' nicknames, the assigned modules and every answer.
teacher-change-password = Change password
teacher-delete-account = Delete my account
teacher-delete-account-text = Your account, all your classes, their pupils and all their answers will be permanently deleted. Export any results you need first.

teacher-error-email = This email address does not look valid. Check it, for example name@school.org.uk.
teacher-error-password-short = The password is too short: it needs at least 10 characters.
teacher-error-password-long = The password is too long: it must be no more than 200 characters.
teacher-error-password-mismatch = The two passwords don't match.
teacher-error-signup-failed = We couldn't create an account with these details. If you already have an account, sign in.
teacher-error-login = The email address or the password is wrong.
teacher-error-throttled = Too many attempts in a short time. Wait 15 minutes before trying again.
teacher-error-current-password = The current password is wrong.
teacher-error-class-name = Give the class a name (no more than 60 characters, with no invisible special characters).
teacher-error-tier = Choose an age group from the list.
teacher-error-country = Choose a country from the list.
teacher-error-year-end = Enter a valid end date for the school year: today or within the next two years.
teacher-error-class-not-found = This class does not exist or is not one of yours.
teacher-error-delete-confirm = Tick the confirmation box to delete the class.
teacher-error-pupil-count = Enter a number of pupils between 1 and the number of places left (no more than 40 per class).
teacher-error-label = The display name must be no more than 40 characters, with no invisible special characters.
teacher-error-module = Choose a module from the list.
teacher-error-due = The due date must be a valid date, today or later.
teacher-error-checklist = Tick all three points before assigning this module.

teacher-notice-welcome = Your account is ready. Start by creating a class.
teacher-notice-password-changed = Your password has been changed.
teacher-notice-account-deleted = Your account and all its data have been deleted.
teacher-notice-class-created = The class is ready. Now add your pupils to print their cards.
teacher-notice-saved = Change saved.
teacher-notice-session-open = The session is open: pupils can sign in.
teacher-notice-session-closed = The session is closed: pupils can no longer sign in.
teacher-notice-class-deleted = The class and all its data have been deleted.
teacher-notice-cards-forgotten = The codes have been cleared from this page.
teacher-notice-assigned = The module has been assigned to the class.
teacher-notice-unassigned = The module is no longer assigned. Answers already given are kept.

teacher-no-classes = You don't have any classes yet.
teacher-new-class = Create a class
teacher-class-name = Class name
teacher-class-name-hint = For example "Year 6B" or "8R". Don't include a pupil's name.
teacher-class-tier = Age group
teacher-class-country = Country
teacher-class-country-hint = This sets which country's law pupils learn about and which helplines they see.
teacher-class-year-end = End of the school year
teacher-class-year-end-hint = The day after, the class and all its data are deleted automatically.
teacher-create-class = Create the class
teacher-class-archived = Archived
teacher-year-end-on = Deleted automatically after { $date }
teacher-purge-warning = This class and all its data will be deleted after { $date }, at the end of the school year. Export the results before then if you need them.

teacher-session-title = Session
teacher-class-code = Class code:
teacher-session-is-open = Session open
teacher-session-is-closed = Session closed
teacher-open-session = Open the session
teacher-close-session = Close the session
teacher-results-title = Results
teacher-export-csv = Export the results (CSV)

teacher-label-warning = Each pupil gets a nickname. You can change it, but never type a pupil's full name.
teacher-no-pupils = No pupils in this class yet.
teacher-pupil-number = No.
teacher-pupil-handle = Pupil
teacher-pupil-label = Display name
teacher-pupil-card = Card
teacher-relabel = Rename
teacher-relabel-for = Display name for { $handle }
teacher-reset-code = New code
teacher-reset-code-for = New code for { $handle }
teacher-add-pupils-count = Number of pupils to add
teacher-add-pupils = Add and print the cards
teacher-cards-once = Personal codes are shown only once, when you print the cards: we only keep a fingerprint of them. Lost a card? Give the pupil a new code.

teacher-assignments-title = Assigned modules
teacher-no-assignments = No modules assigned yet. Your pupils see only the modules of their age group, and a sensitive module only once you assign it.
teacher-assign-module = Module
teacher-assign-due = Due date (optional)
teacher-assign = Assign
teacher-unassign = Remove
teacher-due-on = due { $date }
teacher-sensitive = sensitive topic: checklist first

teacher-guides-title = Facilitator guides
teacher-guide = Facilitator guide
teacher-settings-title = Class settings
teacher-rename = Rename the class
teacher-archive = Archive the class
teacher-unarchive = Restore the class
teacher-delete-class = Delete the class
teacher-delete-class-text = Deleting the class erases all its pupils, all their answers and all their progress. It cannot be undone.
teacher-delete-class-confirm = I understand that everything will be deleted
teacher-back-to-class = Back to the class

teacher-cards-title = Sign-in cards
teacher-cards-lead = Print this page (Ctrl+P), cut out the cards and give one to each pupil. The codes will not be shown again.
teacher-card-note = Keep your card private. You don't need your name or a password.
teacher-cards-forget = I have printed the cards: clear the codes from this page

checklist-title = Before this module
checklist-lead-text = "{ $module }" covers a sensitive topic. Before you assign it to { $class }, check these three points.
checklist-legend = Before the session
checklist-lead = { $setting ->
    [fr-primary] I have told the head teacher (in France, the school's « directeur » or « directrice »).
    [fr-secondary] I have told the head of the school and the school's child-protection contact.
    [gb-primary] I have told the designated safeguarding lead (or the head teacher if the lead is away).
   *[gb-secondary] I have told the school's designated safeguarding lead.
}
checklist-remembered = You do this checklist once per class: it then covers every sensitive module of the class's tier, and once more for the final test.
checklist-rules = We have agreed ground rules with the class (we don't share other people's stories, anyone can pass, anyone can come and talk to me afterwards).
checklist-letter = I have sent the information letter to parents and carers.
checklist-open-letter = Open the letter to parents and carers, ready to print
checklist-confirm = Confirm and assign

disclosure-title = If a pupil tells you something

letter-page-title = Letter to parents and carers
letter-page-hint = This letter is written in the language of the class's country. Print it (Ctrl+P) or paste it into the system you use to contact families.
letter-greeting = Dear parent or carer,
letter-intro = Over the coming days, { $class } will be doing the module "{ $module }" on Lanterne, a platform that teaches children about the sexual risks they may face online, at a level suited to their age.
letter-approach = Sessions are short and handled with care: no shocking images, no explicit detail. The key message is always the same: it is never the child's fault, and they can always ask a trusted adult for help.
letter-talk = To help you talk about it at home, a card suggests three questions you could ask your child:
letter-help = If you have any concerns, you can find free helplines here:
letter-questions = Please get in touch if you have any questions.
letter-signature = Your child's class teacher

results-privacy = To protect pupils, figures based on fewer than { $min } pupils are hidden, and answers to opinion questions are never shown for individual pupils.
results-nothing-yet = No results yet: assign a module and open a session.
results-progress-caption = Each pupil's progress (steps completed and first-attempt score)
results-score = Score: { $right } / { $total }
results-questions-title = Answers by question
results-misconceptions-title = Misconceptions spotted
results-option = Answer
results-chart = Share of pupils
results-share = Percentage
results-right-option = (correct answer)
results-bar-label = { $count ->
    [one] { $count } pupil
   *[other] { $count } pupils
} out of { $total }
results-answered = { $count } pupils answered (first attempts).
results-attitude = (opinion question: no correct answer)
results-misconception-count = { $count ->
    [one] { $count } pupil
   *[other] { $count } pupils
} out of { $total } showed this
results-follow-up = Suggested activity:

csv-pupil = Pupil
csv-module = Module
csv-parts-done = Steps completed
csv-parts-total = Steps
csv-right = Correct first time
csv-graded = Marked questions
disclosure-for = { $setting ->
    [fr-primary] France, primary school
    [fr-secondary] France, secondary school
    [gb-primary] United Kingdom, primary school
   *[gb-secondary] United Kingdom, secondary school
}
disclosure-choose = Country and school level
disclosure-adult-help = Helplines for adults, and what happens when you contact them
letter-school = School:
letter-date = Date: { $date }
letter-signature-line = Signature:
teacher-pupils-count = { $count ->
    [0] Pupils
    [one] Pupils (1)
   *[other] Pupils ({ $count })
}
teacher-join-screen = Show how to join (projector)
teacher-letter-link = letter to parents and carers
join-screen-title = Join the class on Lanterne
join-screen-go-to = 1. In the browser, go to:
join-screen-class-code = 2. Type the class code:
join-screen-card = 3. Then type the personal code on your card.
teacher-reset-title = Replace a lost card
teacher-reset-text = { $handle } will get a new personal code. Their old card will stop working; their progress is kept. Only the new card will be shown, ready to print.
teacher-reset-confirm = Yes, make a new card
results-question-number = Question { $n }:
results-true-false = true or false?
results-no-misconceptions = No misconception to show yet: either nobody has shown one, or fewer than 5 pupils have answered.
results-hidden-module = Some figures below are hidden: they would be based on fewer than { $min } pupils.
results-distress-title = Pupils who may need to talk
results-distress-count = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
} from { $total } pupils said they felt uncomfortable or didn't know who to tell. You can't see who gave them: remind the whole class who they can talk to, and keep the card on what to do if a pupil tells you something close at hand.
results-distress-hidden = Answers that say a pupil felt uncomfortable or didn't know who to tell are counted here once at least { $min } pupils have answered the questions that ask.
results-distress-card = If a pupil tells you something: what to do
teacher-guide-letters = The letter to parents and carers, for each of your classes
teacher-curricula-title = Where it fits the curriculum
