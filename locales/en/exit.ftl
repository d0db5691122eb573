# The neutral page shown for a few minutes after the quick exit: nothing in it may name the site.
exit-neutral-title = Weather forecast
exit-neutral-link = See the weather forecast
exit-neutral-continue = Continue
