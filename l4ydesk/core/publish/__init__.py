"""Publishing an app: wizard answers, scaffold, compatibility rules, commit, deploy, self-heal."""
