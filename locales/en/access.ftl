# Which modules a class pupil may open, and the page they see for one they may not.
access-locked-title = This module isn't open for you yet
access-other-tier = This module is for another age group. In your class, you do the modules for your age group ({ $tier }).
access-not-assigned = Your teacher opens this module when the class is ready to do it together.
access-what-to-do = Go back to your modules to choose another one. If you have a question about this topic, you can ask your teacher or look at the help page.
access-my-modules = Back to my modules
access-more-later = { $count ->
    [one] One more module will open when your teacher chooses it.
   *[other] { $count } more modules will open when your teacher chooses them.
}
