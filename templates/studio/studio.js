// The studio's progressive script: every page works without it.
