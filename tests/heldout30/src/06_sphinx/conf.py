# Sphinx configuration of the invented personal site printed as heldout30 file 06.
project = "Caitlin Marchetti-Oyelowo"
author = "Caitlin Marchetti-Oyelowo"
copyright = "2024, Caitlin Marchetti-Oyelowo"
html_theme = "alabaster"
html_title = "Caitlin Marchetti-Oyelowo"
today = "1 July 2024"
html_last_updated_fmt = "1 July 2024"
html_theme_options = {"description": "Linguistics · The University of Queensland", "show_powered_by": True}
html_sidebars = {"**": ["about.html", "navigation.html", "searchbox.html"]}
