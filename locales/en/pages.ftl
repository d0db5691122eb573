# Home page
home-title = Learning to stay safe online
home-lead = Lanterne helps children and teenagers recognise the sexual risks they may face online, and know what to do: requests for pictures, manipulation, blackmail, images being shared.
home-pupils-title = Pupils
home-pupils-text = Short modules for your age, "what would you do?" scenarios and a certificate to print at the end.
home-teachers-title = Teachers
home-teachers-text = Ready-made sessions, sign-in cards for your class and its results, with no personal data about pupils.
home-parents-title = Parents and carers
home-parents-text = Guides for each age, ideas for talking about it at home, and what to do if something has happened. No account needed.
home-help-title = Is something worrying you?
home-help-text = You can talk to an adult you trust, such as a parent or carer, a teacher or the school nurse, or call Childline free on 0800 1111. It is never your fault.

# Pupils
pupils-title = Pupils
pupils-lead = With your class, you do short modules: you read, choose what you'd do, answer questions and find out why.
pupils-tiers-title = Three levels, by age
pupils-tier-young-title = Ages 8–10
pupils-tier-young-text = My personal information, who is really behind the screen, my body belongs to me, who I can tell.
pupils-tier-middle-title = Ages 11–13
pupils-tier-middle-text = How people manipulate others online, intimate pictures, blackmail, and how to help someone.
pupils-tier-teen-title = Ages 14–17
pupils-tier-teen-text = Consent and pressure, what the law says, sextortion, fake pictures, supporting a friend.
pupils-join-title = Joining your class
pupils-join-text = Your teacher gives you a card with your class code and your personal code. You never need your name, an email address or a password.

# Teachers
teachers-title = Teachers
teachers-lead = Lanterne gives you what you need to run a 45-minute session and see what your class has understood.
teachers-point-classes = Create a class, print the sign-in cards and assign modules that suit your pupils' age.
teachers-point-results = See results by question and by misconception, with a suggested follow-up activity. Figures based on fewer than five pupils are hidden.
teachers-point-guides = Every module comes with a facilitator guide: running order, discussion questions, expected answers and what to do if a pupil tells you something.
teachers-point-privacy = Pupils have no name or email address on Lanterne, and a class's data is deleted at the end of the school year.

# Parents
parents-title = Parents and carers: protecting your child from online sexual risks
parents-lead = Guides for your child's age, questions to start the conversation, and help if something has happened. No account needed.
parents-if-it-happened-lead = What to do straight away, without blaming your child: keep evidence without copying the image, report it, get it removed, get support.
parents-guides-title = Guides by age
parents-cards-title = Conversation cards
parents-cards-lead = One card per module: what your child learned in class, three questions to ask, and what to do if they tell you something worrying.
parents-help-title = Helplines for parents: who to call if your child is at risk online
parents-help-link = Helplines and reporting services, and what happens when you contact them
parents-back = All pages for parents and carers
parents-card-eyebrow = Conversation card
tier-8-10 = Ages 8–10
tier-11-13 = Ages 11–13
tier-14-17 = Ages 14–17

# Not found and errors
not-found-title = Page not found
not-found-text = This page doesn't exist or has been moved.
not-found-home = Back to the home page
error-title = Something went wrong
error-text = We couldn't show this page. Please try again in a moment.
forbidden-title = Request refused
forbidden-text = This form must be sent from a Lanterne page. Go back to the page and try again.
home-join = Join my class
parents-country-label = Help and law for:
