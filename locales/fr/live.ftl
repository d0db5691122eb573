## Sessions en direct : côté salle

live-join-title = Rejoindre une session en direct
live-join-lead = Tape le code à 6 chiffres affiché à l'écran. Pas de carte, pas de nom, pas de compte : tes réponses sont seulement comptées avec celles de la salle.
live-join-code = Le code affiché à l'écran
live-join-submit = Rejoindre
live-error-code = Ce code ne correspond à aucune session en direct ouverte. Vérifie les chiffres à l'écran.
live-device-title = Session en direct
live-not-joined = Tu n'es pas dans cette session en direct. Tape le code affiché à l'écran pour la rejoindre.
live-ended = Cette session en direct est terminée. Merci d'avoir participé !
live-look-again = Voir l'écran suivant
live-answer-sent = Ta réponse est envoyée. Regarde le grand écran.
live-look-at-screen = La réponse est sur le grand écran.
live-error-moved = L'intervenant est passé à la suite : voici l'écran affiché maintenant.

## Sessions en direct : côté intervenant

live-title = Sessions en direct
live-lead = Animez un module devant une salle : un code au vidéoprojecteur, la salle répond depuis ses appareils (ou vous comptez les mains levées), et vous dévoilez les réponses avec les idées reçues et ce qu'il faut faire ensuite. Personne ne donne son nom ; seuls des comptes sont gardés.
live-module = Module
live-class = Pour une classe (facultatif : sa page de résultats montrera la session)
live-no-class = Aucune classe
live-start = Lancer la session en direct
live-state-open = ouverte
live-state-ended = terminée
live-report = Compte rendu
live-past = Mes sessions en direct
live-error-module = Choisissez un module.
live-error-ended = Cette session en direct est terminée.
live-error-hands = Tapez un nombre entier, 0 ou plus, pour chaque réponse.
live-follow-up = Pour y revenir : { $activity }
live-right = bonne réponse
live-wrong = pas juste
live-projector-title = Session en direct : vidéoprojecteur
live-go-to = Allez sur
live-code = et tapez le code
live-screen-of = écran { $n } sur { $total }
live-answered = ont répondu
live-previous = Précédent
live-next = Suivant
live-reveal = Dévoiler les réponses
live-refresh = Actualiser le compte
live-hands-option = Mains levées pour la réponse { $n }
live-hands-title = Pas d'appareils ? Comptez les mains levées
live-hands-submit = Afficher ces comptes
live-end = Terminer la session
live-report-title = Compte rendu de la session en direct
live-respondents = { $count ->
    [one] 1 réponse
   *[other] { $count } réponses
}
live-misconceptions = Idées reçues repérées, avec l'activité pour y revenir
live-results-title = Sessions en direct avec cette classe
live-results-session = Session en direct
live-results-hidden = masqué (moins de 5 réponses)
live-safeguarding = Pour un module sensible : j'ai préparé cette session avec le référent protection de l'enfance de l'établissement, la classe connaît ses règles d'échange, et je sais quoi faire si un enfant me confie quelque chose.
live-safeguarding-hint = Les modules sensibles (et les tests finaux) demandent cette confirmation.
live-error-safeguarding = Ce module est sensible : confirmez avoir préparé la session avec le référent protection de l'enfance de l'établissement avant de la lancer.
