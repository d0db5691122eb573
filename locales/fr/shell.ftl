# The page shell: header, navigation, language switcher, quick exit, footer.
site-name = Lanterne
shell-skip-to-content = Aller au contenu
shell-nav-label = Navigation principale
nav-pupils = Élèves
nav-teachers = Enseignants
nav-parents = Parents
shell-language = Langue
shell-get-help = Trouver de l'aide
shell-quick-exit = Sortie rapide
shell-quick-exit-hint = quitte ce site tout de suite ; avec le clavier, appuyez deux fois sur Échap
# A neutral site the quick exit leads to.
shell-quick-exit-url = https://meteofrance.com/
shell-footer-never-your-fault = Ce n'est jamais ta faute. Il n'est jamais trop tard pour demander de l'aide.
shell-footer-privacy = Lanterne ne montre aucune publicité et n'envoie rien à d'autres sites. Les élèves n'y donnent ni nom ni adresse e-mail.
site-description = Lanterne aide les enfants de 8 à 17 ans à reconnaître les risques sexuels en ligne et à y réagir – demandes de photos, manipulation, sextorsion – avec de courtes leçons en classe, et des guides et numéros d'aide pour les parents.
shell-parent-help = Vous êtes parent ?
shell-quick-exit-keys = ou Échap deux fois
shell-footer-privacy-link = Confidentialité
shell-footer-privacy-pupils = Pour les élèves : ce que Lanterne sait de toi
privacy-pupils-title = Ce que Lanterne sait de toi
privacy-pupils-link = La version pour les élèves
privacy-adults-link = La version pour les adultes (enseignants, parents, délégués à la protection des données)
privacy-pupils-choose = Choisis ton âge :
