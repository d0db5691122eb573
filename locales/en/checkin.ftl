## Check-ins: the pupil's form

checkin-title = Check-in
checkin-guest = Check-ins are answered in class, with the card your teacher gave you. Nobody sees your own answers: your teacher only sees figures for the whole class.
checkin-guest-join = Sign in with my card
checkin-none-open = There is no check-in to answer right now. Your teacher will tell you when there is one.
checkin-already = You have already answered this check-in. Thank you!
checkin-back = Back to my modules
checkin-intro = A few questions to see what you know and how you feel. This is not a test and there is no mark. Nobody will see your own answers: your teacher only sees figures for the whole class. It takes about 5 minutes.
checkin-send = Send my answers
checkin-unanswered = Choose an answer to this question too.
checkin-scale-confidence-1 = Not sure at all
checkin-scale-confidence-2 = Not very sure
checkin-scale-confidence-3 = Quite sure
checkin-scale-confidence-4 = Completely sure
checkin-scale-worry-1 = I feel fine
checkin-scale-worry-2 = A little worried
checkin-scale-worry-3 = Quite worried
checkin-scale-worry-4 = Very worried
checkin-error-guest = Check-ins are answered in class, with your card.
checkin-error-closed = This check-in is closed now: your answers were not sent. Your teacher can open it again.
checkin-error-missing = A few questions have no answer yet. Your other answers are kept: the questions to finish are marked below.
checkin-thanks = Thank you, your answers are sent. If a question made you think of something that worries you, you can talk to an adult you trust.
checkin-banner = Your teacher opened a check-in. It takes about 5 minutes and there is no mark.
checkin-banner-link = Answer the check-in

## Check-ins: the teacher's side

checkin-occasion-before = Before
checkin-occasion-after = After
checkin-occasion-later = Later
checkin-teacher-title = Check-ins
checkin-teacher-intro = Three short anonymous questionnaires (5 to 8 minutes): before the modules, right after them, and at least 4 weeks later. Pupils answer with their card while the class session is open. You only ever see figures for the whole class, never one pupil's answers.
checkin-not-opened = not opened yet
checkin-open-since = open since { $date } · { $count ->
    [one] 1 pupil answered
   *[other] { $count } pupils answered
}
checkin-closed = opened on { $date }, closed · { $count ->
    [one] 1 pupil answered
   *[other] { $count } pupils answered
}
checkin-open = Open
checkin-reopen = Open again
checkin-close = Close
checkin-later-needs-after = opens 4 weeks after the "after" check-in
checkin-later-from = can be opened from { $date }
checkin-error-occasion = Choose before, after or later.
checkin-error-later = The "later" check-in opens 4 weeks after the "after" check-in, so that it shows what lasted.
checkin-notice-opened = The check-in is open: pupils find it on their modules page. Any other open check-in of this class was closed.
checkin-notice-closed = The check-in is closed.

## The class's impact page

impact-title = What changed: the check-ins' figures
impact-page-title = What changed in { $class }
impact-back = Back to the class
impact-none = No pupil has answered a check-in yet. Open one from the class's page.
impact-intro = Figures for the whole class only: a figure from fewer than { $min } pupils is hidden. A change compares the same pupils on two occasions.
impact-meaning-title = What these figures mean, and what they do not prove
impact-meaning = Knowledge and recognition are the share of right answers; help is the share of the ways of getting help a pupil chose; confidence and worry are means on a scale from 1 to 4. The interval says how sure the change is: if it does not include 0, the change is unlikely to be chance alone. Without a comparison class that did not follow the modules, a change cannot be attributed to the modules alone: pupils also grow, talk and learn elsewhere. Before and after use two different but parallel sets of knowledge questions.
impact-worry-title = Worry rose after the questions
impact-worry-text = On the same pupils, the worry check is higher than before. Some pupils may want to talk: remind the class who they can turn to, and keep the disclosure card at hand.
impact-worry-help = Where to find help
impact-words-title = In plain words
impact-words-none = The figures in words appear once at least 5 pupils have answered both "before" and a later check-in.
impact-pupils = { $count ->
    [one] 1 pupil
   *[other] { $count } pupils
}
impact-table-caption = Class means per occasion, and the change on the same pupils (95 % interval)
impact-measure = What is measured
impact-change-after = Change, before to after
impact-change-later = Change, before to later
impact-measure-knowledge = Knowledge
impact-measure-recognition = Recognising risky situations
impact-measure-confidence = Confidence
impact-measure-help = Ways of getting help
impact-measure-worry = Worry (1 calm, 4 very worried)
impact-hidden = hidden (too few answers)
impact-change-points = { $value } points (95 %: { $low } to { $high })
impact-change-scale = { $value } (95 %: { $low } to { $high })
impact-when-after = Right after the modules
impact-when-later = Weeks later
impact-words-knowledge = { $when }, pupils chose the right answer to { $value } of the knowledge questions, against { $before } before the modules ({ $pupils } pupils answered both).
impact-words-recognition = { $when }, pupils recognised what to do in { $value } of the situations, against { $before } before ({ $pupils } pupils answered both).
impact-words-confidence = { $when }, pupils' confidence that they would know what to do was { $value }, against { $before } before ({ $pupils } pupils answered both).
impact-words-help = { $when }, pupils chose { $value } of the ways of getting help, against { $before } before ({ $pupils } pupils answered both).
impact-words-worry = { $when }, the class's worry was { $value }, against { $before } before ({ $pupils } pupils answered both).
impact-items-heading = Question by question
impact-items-title = { $occasion }: how many pupils chose each right answer
impact-item-count = { $count } of { $total } pupils chose:

## lanterne report: the programme report

report-title = Check-ins: what children learned, across all classes
report-title-period = Check-ins: what children learned, from { $since } to { $until }
report-rule = Figures across classes, per age group, then per country, per module assigned and per version of the check-in. Any group of fewer than 3 classes or 5 pupils is suppressed, and no teacher, class or pupil is named.
report-none = No check-in was answered in this period.
report-summary = { $classes } classes, { $pupils } pupils.
report-suppressed = suppressed: fewer than 3 classes or 5 pupils
report-by-country = By country
report-by-module = By module assigned
report-by-version = By version of the check-in
report-group = Group
report-classes = Classes
report-pupils = Pupils
