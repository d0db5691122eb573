## Ouvertures depuis une plateforme d'apprentissage (LTI) : refus

lti-refused-next = Revenez à la page de votre cours et ouvrez l'activité à nouveau. Si cela se reproduit, prévenez la personne qui gère votre plateforme ou ce Lanterne ; rien sur vous n'a été gardé.
lti-refused-registration-title = Cette plateforme d'apprentissage n'est pas enregistrée ici
lti-refused-registration-text = Ce Lanterne ne connaît pas la plateforme d'apprentissage (ou la partie de celle-ci) qui vous envoie. La personne qui gère ce Lanterne doit d'abord l'enregistrer.
lti-refused-stale-title = Ce lien a expiré
lti-refused-stale-text = La connexion depuis votre plateforme d'apprentissage a pris trop de temps, a déjà servi ou a été annulée.
lti-refused-invalid-title = Lanterne n'a pas pu vérifier cette connexion
lti-refused-invalid-text = La connexion envoyée par votre plateforme d'apprentissage n'a pas passé les vérifications de Lanterne : elle a été refusée.
lti-refused-unreachable-title = Lanterne n'a pas pu joindre votre plateforme d'apprentissage
lti-refused-unreachable-text = Pour vérifier la connexion, Lanterne a besoin des clés publiques de votre plateforme, et n'a pas pu les obtenir à l'instant. Réessayez dans quelques minutes.
lti-refused-role-title = Cette activité est pour les enseignants et les élèves
lti-refused-role-text = Votre rôle dans ce cours n'est ni enseignant ni élève : Lanterne n'a rien à vous montrer ici.
lti-refused-no-class-title = Votre enseignant n'a pas encore ouvert Lanterne
lti-refused-no-class-text = Lanterne crée la classe quand un enseignant du cours l'ouvre pour la première fois. Demandez à votre enseignant d'ouvrir l'activité une fois, puis réessayez.
lti-refused-failed-title = Un problème est survenu de notre côté
lti-refused-failed-text = Lanterne n'a pas pu terminer la connexion. Le problème a été enregistré.

## Quand le navigateur ne garde aucun cookie dans la page du cours

lti-new-tab-title = Ouvrir Lanterne dans un nouvel onglet
lti-new-tab-text = Votre navigateur ne laisse pas Lanterne se souvenir de vous dans la page de votre cours (il y bloque les cookies des autres sites). Lanterne fonctionne de la même façon dans son propre onglet.
lti-new-tab-open = Ouvrir Lanterne dans un nouvel onglet

## Liens profonds : l'enseignant choisit des modules pour son cours

lti-pick-title = Choisir des modules pour votre cours
lti-pick-lead = Chaque module choisi devient une activité de votre cours sur la plateforme d'apprentissage, et il est attribué à la classe Lanterne « { $class } ». Les élèves entrent en cliquant dessus : ni carte, ni code.
lti-pick-tiers = Tranche d'âge
lti-pick-modules = Modules pour les { $tier }
lti-pick-sensitive = (sensible : les élèves pourront l'ouvrir une fois sa liste de vérification de protection faite)
lti-pick-country = Le pays dont les élèves voient les numéros d'aide
lti-pick-submit = Ajouter à mon cours
lti-pick-none = Aucun choix de modules n'est en attente. Dans votre cours sur la plateforme, ouvrez « Ajouter une activité » et choisissez Lanterne à nouveau.
lti-error-no-pick = Ce choix a déjà été envoyé ou a expiré. Recommencez depuis votre plateforme d'apprentissage.
lti-error-pick-none = Choisissez au moins un module.
lti-error-pick-one = Votre plateforme n'accepte ici qu'un module à la fois : choisissez-en un.
lti-error-tier-fixed = Des élèves de ce cours ont déjà commencé dans une autre tranche d'âge : ses modules restent dans cette tranche.
lti-notice-not-owner = Un autre enseignant a ouvert Lanterne dans ce cours avant vous : sa classe est la sienne. Voici vos propres classes.

lti-return-title = Prêt à revenir à votre cours
lti-return-lead = Ces modules vont être ajoutés à votre cours :
lti-return-checklist = faire d'abord la liste de vérification de protection (nouvel onglet)
lti-return-button = Revenir à votre cours

## La page de classe d'un cours sur une plateforme d'apprentissage

lti-class-title = Notes envoyées à votre plateforme d'apprentissage
lti-class-lead = Cette classe est un cours de votre plateforme d'apprentissage : les élèves entrent en cliquant sur ses activités, et chaque note de quiz part dans le carnet de notes de la plateforme. Lanterne ne garde ni leur nom ni leur adresse e-mail.
lti-class-module = Module
lti-class-sent = Envoyées
lti-class-waiting = En attente
lti-class-none = Aucune note pour l'instant : les notes des élèves apparaissent ici quand ils terminent le quiz d'un module.
lti-class-retrying = La plateforme n'a pas accepté le dernier essai ; Lanterne réessaie tout seul.

## Le compte d'un enseignant venu d'une plateforme d'apprentissage

lti-account-platform = Ce compte a été créé par votre plateforme d'apprentissage quand vous avez ouvert Lanterne depuis un cours : il n'a ni adresse e-mail ni mot de passe, et vous vous connectez en ouvrant Lanterne depuis la plateforme.
lti-account-delete-confirm = Je comprends que mon compte, mes classes et tout ce qu'ont fait leurs élèves seront supprimés
lti-account-error-confirm = Cochez la case pour confirmer que vous voulez supprimer votre compte.
