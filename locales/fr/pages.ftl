# Home page
home-title = Apprendre à se protéger en ligne
home-lead = Lanterne aide les enfants et les adolescents à reconnaître les risques sexuels qu'ils peuvent rencontrer en ligne, et à savoir quoi faire : demandes de photos, manipulation, chantage, images qui circulent.
home-pupils-title = Élèves
home-pupils-text = Des modules courts selon ton âge, des situations « que ferais-tu ? » et un permis à imprimer à la fin.
home-teachers-title = Enseignants
home-teachers-text = Des séances prêtes à animer, des cartes de connexion pour la classe et les résultats de la classe, sans données personnelles sur les élèves.
home-parents-title = Parents
home-parents-text = Des guides par âge, des idées pour en parler à la maison et quoi faire si quelque chose est arrivé. Sans compte.
home-help-title = Quelque chose t'inquiète ?
home-help-text = Tu peux en parler à un adulte de confiance : un parent, un enseignant, l'infirmière scolaire, ou appeler gratuitement le 3018. Ce n'est jamais ta faute.

# Pupils
pupils-title = Élèves
pupils-lead = Avec ta classe, tu suis des modules courts : tu lis, tu choisis ce que tu ferais, tu réponds à des questions et tu comprends pourquoi.
pupils-tiers-title = Trois niveaux selon ton âge
pupils-tier-young-title = 8 – 10 ans
pupils-tier-young-text = Mes informations personnelles, qui se cache derrière l'écran, mon corps m'appartient, à qui en parler.
pupils-tier-middle-title = 11 – 13 ans
pupils-tier-middle-text = Comment fonctionne la manipulation en ligne, les photos intimes, le chantage, et comment aider quelqu'un.
pupils-tier-teen-title = 14 – 17 ans
pupils-tier-teen-text = Le consentement et la pression, ce que dit la loi, la sextorsion, les fausses images, soutenir un ami.
pupils-join-title = Rejoindre ta classe
pupils-join-text = Ton enseignant te donne une carte avec le code de la classe et ton code personnel. Tu n'as besoin ni de ton nom, ni d'une adresse e-mail, ni d'un mot de passe.

# Teachers
teachers-title = Enseignants
teachers-lead = Lanterne vous donne de quoi animer une séance de 45 minutes et savoir ce que la classe a compris.
teachers-point-classes = Créez une classe, imprimez les cartes de connexion et attribuez des modules adaptés à l'âge de vos élèves.
teachers-point-results = Voyez les résultats par question et par idée reçue, avec l'activité à proposer ensuite. Les chiffres calculés sur moins de cinq élèves restent masqués.
teachers-point-guides = Chaque module a son guide d'animation : déroulé, questions de discussion, réponses attendues et conduite à tenir si un élève se confie.
teachers-point-privacy = Les élèves n'ont ni nom ni adresse e-mail sur Lanterne, et les données d'une classe sont effacées à la fin de l'année scolaire.

# Parents
parents-title = Parents : protéger son enfant des risques sexuels en ligne
parents-lead = Des guides selon l'âge de votre enfant, des questions pour ouvrir la conversation, et de l'aide si quelque chose est arrivé. Aucun compte n'est nécessaire.
parents-if-it-happened-lead = Quoi faire tout de suite, sans culpabiliser votre enfant : garder les preuves sans copier l'image, signaler, faire retirer, se faire aider.
parents-guides-title = Guides selon l'âge
parents-cards-title = Cartes de conversation
parents-cards-lead = Une carte par module : ce que votre enfant a appris en classe, trois questions à lui poser et quoi faire s'il vous confie quelque chose d'inquiétant.
parents-help-title = Numéros d'aide pour les parents : qui appeler si votre enfant est en danger en ligne
parents-help-link = Les numéros et services d'aide, et ce qui se passe quand on les contacte
parents-back = Toutes les pages pour les parents
parents-card-eyebrow = Carte de conversation
tier-8-10 = 8 – 10 ans
tier-11-13 = 11 – 13 ans
tier-14-17 = 14 – 17 ans

# Not found and errors
not-found-title = Page introuvable
not-found-text = Cette page n'existe pas ou a été déplacée.
not-found-home = Retour à l'accueil
error-title = Une erreur est survenue
error-text = Nous n'avons pas pu afficher cette page. Réessayez dans un instant.
forbidden-title = Demande refusée
forbidden-text = Ce formulaire doit être envoyé depuis une page de Lanterne. Revenez à la page et réessayez.
home-join = Rejoindre ma classe
parents-country-label = Aide et loi pour :
