## Check-ins : le formulaire de l'élève

checkin-title = Point d'étape
checkin-guest = Les points d'étape se font en classe, avec la carte donnée par ton enseignant. Personne ne voit tes propres réponses : ton enseignant ne voit que des chiffres pour toute la classe.
checkin-guest-join = Me connecter avec ma carte
checkin-none-open = Il n'y a pas de point d'étape à remplir pour l'instant. Ton enseignant te dira quand il y en aura un.
checkin-already = Tu as déjà répondu à ce point d'étape. Merci !
checkin-back = Retour à mes modules
checkin-intro = Quelques questions pour voir ce que tu sais et comment tu te sens. Ce n'est pas un contrôle et il n'y a pas de note. Personne ne verra tes propres réponses : ton enseignant ne voit que des chiffres pour toute la classe. Cela prend environ 5 minutes.
checkin-send = Envoyer mes réponses
checkin-unanswered = Choisis aussi une réponse à cette question.
checkin-scale-confidence-1 = Pas du tout sûr·e
checkin-scale-confidence-2 = Pas très sûr·e
checkin-scale-confidence-3 = Plutôt sûr·e
checkin-scale-confidence-4 = Tout à fait sûr·e
checkin-scale-worry-1 = Je me sens bien
checkin-scale-worry-2 = Un peu inquiet·e
checkin-scale-worry-3 = Assez inquiet·e
checkin-scale-worry-4 = Très inquiet·e
checkin-error-guest = Les points d'étape se font en classe, avec ta carte.
checkin-error-closed = Ce point d'étape est fermé maintenant : tes réponses n'ont pas été envoyées. Ton enseignant peut le rouvrir.
checkin-error-missing = Quelques questions n'ont pas encore de réponse. Tes autres réponses sont gardées : les questions à terminer sont signalées plus bas.
checkin-thanks = Merci, tes réponses sont envoyées. Si une question t'a fait penser à quelque chose qui t'inquiète, tu peux en parler à un adulte de confiance.
checkin-banner = Ton enseignant a ouvert un point d'étape. Cela prend environ 5 minutes et il n'y a pas de note.
checkin-banner-link = Répondre au point d'étape

## Check-ins : côté enseignant

checkin-occasion-before = Avant
checkin-occasion-after = Après
checkin-occasion-later = Plus tard
checkin-teacher-title = Points d'étape
checkin-teacher-intro = Trois courts questionnaires anonymes (5 à 8 minutes) : avant les modules, juste après, et au moins 4 semaines plus tard. Les élèves répondent avec leur carte pendant que la séance de la classe est ouverte. Vous ne voyez jamais que des chiffres pour toute la classe, jamais les réponses d'un élève.
checkin-not-opened = pas encore ouvert
checkin-open-since = ouvert depuis le { $date } · { $count ->
    [one] 1 élève a répondu
   *[other] { $count } élèves ont répondu
}
checkin-closed = ouvert le { $date }, fermé · { $count ->
    [one] 1 élève a répondu
   *[other] { $count } élèves ont répondu
}
checkin-open = Ouvrir
checkin-reopen = Rouvrir
checkin-close = Fermer
checkin-later-needs-after = s'ouvre 4 semaines après le point d'étape « après »
checkin-later-from = peut être ouvert à partir du { $date }
checkin-error-occasion = Choisissez avant, après ou plus tard.
checkin-error-later = Le point d'étape « plus tard » s'ouvre 4 semaines après le point d'étape « après », pour montrer ce qui est resté.
checkin-notice-opened = Le point d'étape est ouvert : les élèves le trouvent sur leur page de modules. Tout autre point d'étape ouvert de cette classe a été fermé.
checkin-notice-closed = Le point d'étape est fermé.

## La page d'impact de la classe

impact-title = Ce qui a changé : les chiffres des points d'étape
impact-page-title = Ce qui a changé en { $class }
impact-back = Retour à la classe
impact-none = Aucun élève n'a encore répondu à un point d'étape. Ouvrez-en un depuis la page de la classe.
impact-intro = Des chiffres pour toute la classe seulement : un chiffre calculé sur moins de { $min } élèves est masqué. Une évolution compare les mêmes élèves à deux moments.
impact-meaning-title = Ce que ces chiffres veulent dire, et ce qu'ils ne prouvent pas
impact-meaning = Connaissances et repérage sont la part de bonnes réponses ; l'aide est la part des façons de demander de l'aide choisies par l'élève ; confiance et inquiétude sont des moyennes sur une échelle de 1 à 4. L'intervalle dit à quel point l'évolution est sûre : s'il ne contient pas 0, il est peu probable que l'évolution soit due au seul hasard. Sans classe de comparaison qui n'a pas suivi les modules, une évolution ne peut pas être attribuée aux seuls modules : les élèves grandissent, parlent et apprennent aussi ailleurs. Avant et après utilisent deux séries de questions de connaissances différentes mais parallèles.
impact-worry-title = L'inquiétude a augmenté après les questions
impact-worry-text = Chez les mêmes élèves, l'inquiétude est plus élevée qu'avant. Certains élèves ont peut-être besoin de parler : rappelez à la classe vers qui se tourner, et gardez la fiche de recueil de la parole à portée de main.
impact-worry-help = Où trouver de l'aide
impact-words-title = En clair
impact-words-none = Les chiffres en clair apparaissent quand au moins 5 élèves ont répondu à « avant » et à un point d'étape suivant.
impact-pupils = { $count ->
    [one] 1 élève
   *[other] { $count } élèves
}
impact-table-caption = Moyennes de la classe à chaque point d'étape, et évolution chez les mêmes élèves (intervalle à 95 %)
impact-measure = Ce qui est mesuré
impact-change-after = Évolution, d'avant à après
impact-change-later = Évolution, d'avant à plus tard
impact-measure-knowledge = Connaissances
impact-measure-recognition = Repérer les situations à risque
impact-measure-confidence = Confiance
impact-measure-help = Façons de demander de l'aide
impact-measure-worry = Inquiétude (1 calme, 4 très inquiet)
impact-hidden = masqué (trop peu de réponses)
impact-change-points = { $value } points (95 % : { $low } à { $high })
impact-change-scale = { $value } (95 % : { $low } à { $high })
impact-when-after = Juste après les modules
impact-when-later = Quelques semaines plus tard
impact-words-knowledge = { $when }, les élèves ont choisi la bonne réponse à { $value } des questions de connaissances, contre { $before } avant les modules ({ $pupils } élèves ont répondu aux deux).
impact-words-recognition = { $when }, les élèves ont su quoi faire dans { $value } des situations, contre { $before } avant ({ $pupils } élèves ont répondu aux deux).
impact-words-confidence = { $when }, la confiance des élèves dans ce qu'ils feraient était de { $value }, contre { $before } avant ({ $pupils } élèves ont répondu aux deux).
impact-words-help = { $when }, les élèves ont choisi { $value } des façons de demander de l'aide, contre { $before } avant ({ $pupils } élèves ont répondu aux deux).
impact-words-worry = { $when }, l'inquiétude de la classe était de { $value }, contre { $before } avant ({ $pupils } élèves ont répondu aux deux).
impact-items-heading = Question par question
impact-items-title = { $occasion } : combien d'élèves ont choisi chaque bonne réponse
impact-item-count = { $count } élèves sur { $total } ont choisi :

## lanterne report : le rapport du programme

report-title = Points d'étape : ce que les enfants ont appris, toutes classes confondues
report-title-period = Points d'étape : ce que les enfants ont appris, du { $since } au { $until }
report-rule = Des chiffres toutes classes confondues, par tranche d'âge, puis par pays, par module attribué et par version du point d'étape. Tout groupe de moins de 3 classes ou de 5 élèves est masqué, et aucun enseignant, aucune classe ni aucun élève n'est nommé.
report-none = Aucun point d'étape n'a reçu de réponse sur cette période.
report-summary = { $classes } classes, { $pupils } élèves.
report-suppressed = masqué : moins de 3 classes ou de 5 élèves
report-by-country = Par pays
report-by-module = Par module attribué
report-by-version = Par version du point d'étape
report-group = Groupe
report-classes = Classes
report-pupils = Élèves
