## Live sessions: the room's side

live-join-title = Join a live session
live-join-lead = Type the 6-digit code shown on the screen. No card, no name, no account: your answers are only counted with the room's.
live-join-code = The code on the screen
live-join-submit = Join
live-error-code = This code does not match an open live session. Check the digits on the screen.
live-device-title = Live session
live-not-joined = You are not in this live session. Type the code shown on the screen to join it.
live-ended = This live session has ended. Thank you for taking part!
live-look-again = Look for the next screen
live-answer-sent = Your answer is sent. Look at the big screen.
live-look-at-screen = The answer is on the big screen.
live-error-moved = The presenter has moved on: here is the screen they show now.

## Live sessions: the presenter's side

live-title = Live sessions
live-lead = Run a module in front of a room: a code on the projector, the room answers from their devices (or you count a show of hands), and you reveal the answers with the misconceptions and what to do next. Nobody gives a name; only counts are kept.
live-module = Module
live-class = For a class (optional: its results page will show the session)
live-no-class = No class
live-start = Start the live session
live-state-open = open
live-state-ended = ended
live-report = Report
live-past = My live sessions
live-error-module = Choose a module.
live-error-ended = This live session has ended.
live-error-hands = Type a whole number, 0 or more, for every option.
live-follow-up = Follow-up: { $activity }
live-right = right answer
live-wrong = not right
live-projector-title = Live session: projector
live-go-to = Go to
live-code = and type the code
live-screen-of = screen { $n } of { $total }
live-answered = answered
live-previous = Previous
live-next = Next
live-reveal = Reveal the answers
live-refresh = Refresh the count
live-hands-option = Hands up for option { $n }
live-hands-title = No devices? Count a show of hands
live-hands-submit = Show these counts
live-end = End the session
live-report-title = Live session report
live-respondents = { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
live-misconceptions = Misconceptions revealed, with their follow-up activity
live-results-title = Live sessions with this class
live-results-session = Live session
live-results-hidden = hidden (fewer than 5 answers)
live-safeguarding = For a sensitive module: I have agreed this session with the school's safeguarding lead, the class knows its ground rules, and I know what to do if a child tells me something.
live-safeguarding-hint = Sensitive modules (and final tests) need this confirmation.
live-error-safeguarding = This module is sensitive: confirm you agreed the session with the school's safeguarding lead before starting it.
