# The page shell: header, navigation, language switcher, quick exit, footer.
site-name = Lanterne
shell-skip-to-content = Skip to content
shell-nav-label = Main navigation
nav-pupils = Pupils
nav-teachers = Teachers
nav-parents = Parents
shell-language = Language
shell-get-help = Get help
shell-quick-exit = Quick exit
shell-quick-exit-hint = leaves this site straight away; on a keyboard, press Esc twice
# A neutral site the quick exit leads to.
shell-quick-exit-url = https://www.bbc.co.uk/weather
shell-footer-never-your-fault = It is never your fault. It is never too late to ask for help.
shell-footer-privacy = Lanterne shows no adverts and sends nothing to other sites. Pupils never give their name or an email address.
site-description = Lanterne helps children aged 8 to 17 recognise and respond to online sexual risks – requests for pictures, grooming, sextortion – with short lessons in class, and guides and helplines for parents.
shell-parent-help = You're a parent?
shell-quick-exit-keys = or Esc twice
shell-footer-privacy-link = Privacy
shell-footer-privacy-pupils = For pupils: what Lanterne knows about you
privacy-pupils-title = What Lanterne knows about you
privacy-pupils-link = The version for pupils
privacy-adults-link = The version for adults (teachers, parents, data protection officers)
privacy-pupils-choose = Choose your age group:
