## The teacher's side: account, classes, cards, assignments, results.

error-try-again = Quelque chose n'a pas fonctionné de notre côté. Rien n'a été perdu : réessayez dans un instant.
country-fr = France
country-gb = Royaume-Uni

teacher-signup-title = Créer un compte enseignant
teacher-signup-lead = Il suffit d'une adresse e-mail et d'un mot de passe. Nous ne vous demandons rien d'autre, et rien sur vos élèves.
teacher-signup-submit = Créer mon compte
teacher-login-title = Se connecter
teacher-login-submit = Se connecter
teacher-have-account = J'ai déjà un compte
teacher-no-account = Pas encore de compte ? En créer un
teacher-email = Adresse e-mail
teacher-password = Mot de passe
teacher-password-hint = Au moins { $min } caractères. Une phrase courte et facile à retenir convient très bien.
teacher-password-confirm = Le mot de passe, encore une fois
teacher-current-password = Mot de passe actuel
teacher-new-password = Nouveau mot de passe
teacher-logout = Se déconnecter
teacher-bar-label = Espace enseignant
teacher-my-classes = Mes classes
teacher-account-title = Mon compte
teacher-signed-in-as = Connecté avec l'adresse { $email }.
teacher-export-account = Télécharger toutes mes données
teacher-export-account-text = Un fichier JSON avec votre compte, vos classes, les pseudonymes des élèves, les modules attribués et toutes les réponses.
teacher-change-password = Changer le mot de passe
teacher-delete-account = Supprimer mon compte
teacher-delete-account-text = Votre compte, toutes vos classes, les élèves de ces classes et toutes leurs réponses seront supprimés définitivement. Exportez d'abord les résultats dont vous avez besoin.

teacher-error-email = Cette adresse e-mail ne semble pas valide. Vérifiez-la, par exemple nom@ecole.fr.
teacher-error-password-short = Le mot de passe est trop court : il faut au moins 10 caractères.
teacher-error-password-long = Le mot de passe est trop long : 200 caractères au plus.
teacher-error-password-mismatch = Les deux mots de passe ne sont pas identiques.
teacher-error-signup-failed = Impossible de créer un compte avec ces informations. Si vous avez déjà un compte, connectez-vous.
teacher-error-login = L'adresse e-mail ou le mot de passe est incorrect.
teacher-error-throttled = Trop d'essais en peu de temps. Attendez 15 minutes avant de réessayer.
teacher-error-current-password = Le mot de passe actuel est incorrect.
teacher-error-class-name = Donnez un nom à la classe (60 caractères au plus, sans caractères spéciaux invisibles).
teacher-error-tier = Choisissez une tranche d'âge dans la liste.
teacher-error-country = Choisissez un pays dans la liste.
teacher-error-year-end = Indiquez une date de fin d'année scolaire valide, aujourd'hui ou dans les deux ans à venir.
teacher-error-class-not-found = Cette classe n'existe pas ou n'est pas l'une des vôtres.
teacher-error-delete-confirm = Cochez la case de confirmation pour supprimer la classe.
teacher-error-pupil-count = Indiquez un nombre d'élèves entre 1 et le nombre de places restantes (40 élèves au plus par classe).
teacher-error-label = Le nom affiché doit faire 40 caractères au plus, sans caractères spéciaux invisibles.
teacher-error-module = Choisissez un module dans la liste.
teacher-error-due = La date limite doit être une date valide, aujourd'hui ou plus tard.
teacher-error-checklist = Cochez les trois points avant d'attribuer ce module.

teacher-notice-welcome = Votre compte est créé. Commencez par créer une classe.
teacher-notice-password-changed = Votre mot de passe a été changé.
teacher-notice-account-deleted = Votre compte et toutes ses données ont été supprimés.
teacher-notice-class-created = La classe est créée. Ajoutez maintenant vos élèves pour imprimer leurs cartes.
teacher-notice-saved = Modification enregistrée.
teacher-notice-session-open = La séance est ouverte : les élèves peuvent se connecter.
teacher-notice-session-closed = La séance est fermée : les élèves ne peuvent plus se connecter.
teacher-notice-class-deleted = La classe et toutes ses données ont été supprimées.
teacher-notice-cards-forgotten = Les codes ont été effacés de cette page.
teacher-notice-assigned = Le module est attribué à la classe.
teacher-notice-unassigned = Le module n'est plus attribué. Les réponses déjà données sont conservées.

teacher-no-classes = Vous n'avez pas encore de classe.
teacher-new-class = Créer une classe
teacher-class-name = Nom de la classe
teacher-class-name-hint = Par exemple « CM2 B » ou « 4e3 ». N'y mettez pas le nom d'un élève.
teacher-class-tier = Tranche d'âge
teacher-class-country = Pays
teacher-class-country-hint = Il décide de la loi expliquée aux élèves et des numéros d'aide qu'ils voient.
teacher-class-year-end = Fin de l'année scolaire
teacher-class-year-end-hint = Le lendemain, la classe et toutes ses données sont supprimées automatiquement.
teacher-create-class = Créer la classe
teacher-class-archived = Archivée
teacher-year-end-on = Supprimée automatiquement après le { $date }
teacher-purge-warning = Cette classe et toutes ses données seront supprimées après le { $date }, à la fin de l'année scolaire. Exportez les résultats avant cette date si vous en avez besoin.

teacher-session-title = Séance
teacher-class-code = Code de la classe :
teacher-session-is-open = Séance ouverte
teacher-session-is-closed = Séance fermée
teacher-open-session = Ouvrir la séance
teacher-close-session = Fermer la séance
teacher-results-title = Résultats
teacher-export-csv = Exporter les résultats (CSV)

teacher-label-warning = Chaque élève reçoit un pseudonyme. Vous pouvez le changer, mais n'écrivez jamais le nom complet d'un élève.
teacher-no-pupils = Pas encore d'élève dans cette classe.
teacher-pupil-number = N°
teacher-pupil-handle = Élève
teacher-pupil-label = Nom affiché
teacher-pupil-card = Carte
teacher-relabel = Renommer
teacher-relabel-for = Nom affiché pour { $handle }
teacher-reset-code = Nouveau code
teacher-reset-code-for = Nouveau code pour { $handle }
teacher-add-pupils-count = Nombre d'élèves à ajouter
teacher-add-pupils = Ajouter et imprimer les cartes
teacher-cards-once = Les codes personnels ne sont montrés qu'une fois, au moment d'imprimer les cartes : nous n'en gardons qu'une empreinte. Une carte perdue ? Donnez un nouveau code à l'élève.

teacher-assignments-title = Modules attribués
teacher-no-assignments = Aucun module attribué pour l'instant. Vos élèves ne voient que les modules de leur tranche d'âge, et un module sensible seulement une fois que vous l'avez attribué.
teacher-assign-module = Module
teacher-assign-due = Date limite (facultatif)
teacher-assign = Attribuer
teacher-unassign = Retirer
teacher-due-on = à faire pour le { $date }
teacher-sensitive = sujet sensible : liste de vérification

teacher-guides-title = Guides d'animation
teacher-guide = Guide d'animation
teacher-settings-title = Réglages de la classe
teacher-rename = Renommer la classe
teacher-archive = Archiver la classe
teacher-unarchive = Désarchiver la classe
teacher-delete-class = Supprimer la classe
teacher-delete-class-text = Supprimer la classe efface tous ses élèves, toutes leurs réponses et tous leurs progrès. C'est définitif.
teacher-delete-class-confirm = Je comprends que tout sera supprimé
teacher-back-to-class = Retour à la classe

teacher-cards-title = Cartes de connexion
teacher-cards-lead = Imprimez cette page (Ctrl+P), découpez les cartes et donnez-en une à chaque élève. Les codes ne seront plus affichés après.
teacher-card-note = Garde ta carte pour toi. Tu n'as besoin ni de ton nom ni d'un mot de passe.
teacher-cards-forget = J'ai imprimé les cartes : effacer les codes de cette page

checklist-title = Avant ce module
checklist-lead-text = « { $module } » aborde un sujet sensible. Avant de l'attribuer à { $class }, vérifiez ces trois points.
checklist-legend = Avant la séance
checklist-lead = { $setting ->
    [fr-primary] J'ai informé le directeur ou la directrice de l'école.
    [fr-secondary] J'ai informé le chef d'établissement et le référent protection de l'enfance de l'établissement.
    [gb-primary] J'ai informé le responsable désigné de la protection de l'enfance (« designated safeguarding lead »), ou le chef d'établissement en son absence.
   *[gb-secondary] J'ai informé le responsable désigné de la protection de l'enfance de l'établissement (« designated safeguarding lead »).
}
checklist-remembered = Cette liste se fait une fois par classe : elle vaut ensuite pour tous les modules sensibles de la tranche d'âge de la classe, et une fois de plus pour le test final.
checklist-rules = Nous avons fixé avec la classe des règles de discussion (on ne raconte pas la vie des autres, on peut passer son tour, on peut venir me voir après).
checklist-letter = J'ai envoyé la lettre d'information aux parents.
checklist-open-letter = Ouvrir la lettre aux parents, prête à imprimer
checklist-confirm = Confirmer et attribuer

disclosure-title = Si un élève vous confie quelque chose

letter-page-title = Lettre aux parents
letter-page-hint = Cette lettre est écrite dans la langue du pays de la classe. Imprimez-la (Ctrl+P) ou copiez-la dans votre outil de liaison avec les familles.
letter-greeting = Madame, Monsieur,
letter-intro = Dans les prochains jours, la classe { $class } suivra le module « { $module } » sur Lanterne, une plateforme de prévention des risques sexuels en ligne adaptée à l'âge des élèves.
letter-approach = Les séances sont courtes et bienveillantes : aucune image choquante, aucun détail cru. Le message principal est toujours le même : ce n'est jamais la faute de l'enfant, et on peut toujours demander de l'aide à un adulte de confiance.
letter-talk = Pour en parler à la maison, une fiche vous propose trois questions à poser à votre enfant :
letter-help = Si vous êtes inquiet ou inquiète, vous trouverez des numéros d'aide gratuits ici :
letter-questions = Je reste à votre disposition pour toute question.
letter-signature = L'enseignant ou l'enseignante de la classe

results-privacy = Pour protéger les élèves, un chiffre calculé sur moins de { $min } élèves n'est pas affiché, et les questions d'opinion ne sont jamais montrées élève par élève.
results-nothing-yet = Aucun résultat pour l'instant : attribuez un module et ouvrez une séance.
results-progress-caption = Avancement de chaque élève (parties terminées et score des premières réponses)
results-score = Score : { $right } / { $total }
results-questions-title = Réponses question par question
results-misconceptions-title = Idées fausses repérées
results-option = Réponse
results-chart = Part des élèves
results-share = Pourcentage
results-right-option = (bonne réponse)
results-bar-label = { $count ->
    [one] { $count } élève
   *[other] { $count } élèves
} sur { $total }
results-answered = { $count } élèves ont répondu (premières réponses).
results-attitude = (question d'opinion : pas de bonne réponse)
results-misconception-count = { $count ->
    [one] { $count } élève concerné
   *[other] { $count } élèves concernés
} sur { $total }
results-follow-up = Activité proposée :

csv-pupil = Élève
csv-module = Module
csv-parts-done = Parties terminées
csv-parts-total = Parties
csv-right = Bonnes premières réponses
csv-graded = Questions notées
disclosure-for = { $setting ->
    [fr-primary] France, école élémentaire
    [fr-secondary] France, collège et lycée
    [gb-primary] Royaume-Uni, école primaire
   *[gb-secondary] Royaume-Uni, établissement secondaire
}
disclosure-choose = Pays et niveau d'école
disclosure-adult-help = Les lignes d'aide pour les adultes, et ce qui se passe quand vous les contactez
letter-school = École :
letter-date = Date : { $date }
letter-signature-line = Signature :
teacher-pupils-count = { $count ->
    [0] Élèves
    [one] Élèves (1)
   *[other] Élèves ({ $count })
}
teacher-join-screen = Afficher comment rejoindre (vidéoprojecteur)
teacher-letter-link = lettre aux parents
join-screen-title = Rejoindre la classe sur Lanterne
join-screen-go-to = 1. Dans le navigateur, va sur :
join-screen-class-code = 2. Tape le code de la classe :
join-screen-card = 3. Puis tape le code personnel de ta carte.
teacher-reset-title = Remplacer une carte perdue
teacher-reset-text = { $handle } recevra un nouveau code personnel. Son ancienne carte ne fonctionnera plus ; sa progression est conservée. Seule la nouvelle carte sera affichée, prête à imprimer.
teacher-reset-confirm = Oui, faire une nouvelle carte
results-question-number = Question { $n } :
results-true-false = vrai ou faux ?
results-no-misconceptions = Aucune idée fausse à montrer pour l'instant : soit personne n'en a montré, soit moins de 5 élèves ont répondu.
results-hidden-module = Certains chiffres ci-dessous sont masqués : ils reposeraient sur moins de { $min } élèves.
results-distress-title = Des élèves qui ont peut-être besoin de parler
results-distress-count = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
} de { $total } élèves disent un malaise ou ne pas savoir à qui parler. Vous ne pouvez pas savoir qui les a données : rappelez à toute la classe à qui elle peut parler, et gardez à portée de main la fiche sur ce qu'il faut faire si un élève vous confie quelque chose.
results-distress-hidden = Les réponses qui disent un malaise ou ne pas savoir à qui parler sont comptées ici dès qu'au moins { $min } élèves ont répondu aux questions qui le demandent.
results-distress-card = Si un élève vous confie quelque chose : que faire
teacher-guide-letters = La lettre aux parents, pour chacune de vos classes
teacher-curricula-title = Place dans les programmes
