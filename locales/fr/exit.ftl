# La page neutre montrée quelques minutes après la sortie rapide : rien n'y nomme le site.
exit-neutral-title = Prévisions météo
exit-neutral-link = Voir les prévisions météo
exit-neutral-continue = Continuer
