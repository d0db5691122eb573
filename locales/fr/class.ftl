## The pupil's side of a class: joining, handles, the permit and its verification.

join-title = Rejoindre ma classe
join-lead = Tape les deux codes écrits sur la carte que ton enseignant t'a donnée.
join-class-code = Code de la classe
join-personal-code = Mon code personnel
join-submit = Entrer
join-no-card = Pas de carte ?
join-as-guest = Essayer les modules sans classe
join-error-codes = Ces codes ne correspondent à aucune carte. Vérifie chaque lettre, ou demande de l'aide à ton enseignant.
join-error-closed = Ta classe n'est pas ouverte pour le moment. Ton enseignant l'ouvrira au début de la séance.
join-error-throttled = Il y a eu beaucoup d'essais. Attends quelques minutes, puis demande à ton enseignant de vérifier ta carte.
join-you-are = Tu es { $handle }, dans la classe { $class }.
join-go-to-modules = Voir mes modules
join-leave = Me déconnecter

course-assigned = Demandé par ton enseignant
course-due = À faire pour le { $date }
course-not-you = Ce n'est pas toi ?
course-join-class = Rejoindre ma classe avec ma carte

pupil-handle = { $animal } { $colour } { $number }
animal-0 = Renard
animal-1 = Hibou
animal-2 = Castor
animal-3 = Dauphin
animal-4 = Hérisson
animal-5 = Lynx
animal-6 = Loup
animal-7 = Panda
animal-8 = Koala
animal-9 = Lama
animal-10 = Pingouin
animal-11 = Écureuil
animal-12 = Blaireau
animal-13 = Faucon
animal-14 = Phoque
animal-15 = Zèbre
colour-0 = bleu
colour-1 = vert
colour-2 = orange
colour-3 = violet
colour-4 = doré
colour-5 = argenté
colour-6 = rouge
colour-7 = jaune

permit-get = Obtenir mon permis
permit-see = Voir mon permis
permit-title = Permis Lanterne
permit-print-hint = Imprime cette page (Ctrl+P). Tu peux écrire ton prénom à la main, ou le taper ci-dessous : il ne sera jamais envoyé.
permit-date = Obtenu le
permit-class = Classe
permit-guest = sans classe (mode invité)
permit-name = Prénom :
permit-parent-signature = Signature d'un parent :
permit-own-signature = Ta signature :
permit-code = Code de vérification :
permit-check-at = À vérifier sur { $address }

verify-title = Vérifier un permis
verify-lead = Tapez le code de vérification imprimé en bas du permis.
verify-submit = Vérifier
verify-valid = Ce permis est authentique.
verify-proves = Il prouve que le test final « { $module } » ({ $tier }) a été réussi le { $date }, dans la classe : { $class }, avec la version du contenu revue le { $version }.
verify-nothing-about-pupil = Lanterne ne connaît ni le nom ni aucune autre information sur l'élève.
verify-unknown = Aucun permis ne correspond à ce code. Vérifiez chaque caractère.
