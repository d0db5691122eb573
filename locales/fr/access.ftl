# Les modules qu'un élève d'une classe peut ouvrir, et la page qu'il voit pour un module fermé.
access-locked-title = Ce module n'est pas encore ouvert pour toi
access-other-tier = Ce module est prévu pour un autre âge. Dans ta classe, tu suis les modules des { $tier }.
access-not-assigned = Ton enseignant ouvre ce module quand la classe est prête à le faire ensemble.
access-what-to-do = Reviens à tes modules pour en choisir un autre. Si tu as une question sur ce sujet, tu peux demander à ton enseignant ou regarder la page d'aide.
access-my-modules = Revenir à mes modules
access-more-later = { $count ->
    [one] Un autre module s'ouvrira quand ton enseignant le choisira.
   *[other] { $count } autres modules s'ouvriront quand ton enseignant les choisira.
}
