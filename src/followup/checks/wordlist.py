"""Workplace words that common dictionaries lack; the spelling rule accepts them."""

from __future__ import annotations

#: Lower-case; users add their own under [words] accept in check.toml.
WORKPLACE_WORDS = frozenset(
    """onboarding offboarding backend frontend fullstack devops dataset datasets workflow workflows
    stakeholder stakeholders roadmap roadmaps upskilling reskilling timeboxed scalable scalability
    dashboarding analytics cybersecurity fintech healthtech edtech proptech saas api apis sql nosql
    etl elt dbt kpi kpis okr okrs crm erp ux ui qa hr pr sre ci cd mlops llm llms genai
    javascript typescript kubernetes postgres postgresql mysql sqlite tableau looker powerbi
    snowflake databricks bigquery redshift airflow pyspark pandas numpy jupyter github gitlab
    jira confluence figma salesforce hubspot zendesk slack microservices microservice webhook
    webhooks frontline hybrid onsite offsite prescreen rota rotas centre centres colour
    favourite organisation organisations organise organised behaviour programme programmes
    candour analyse analysed realise realised recognise recognised apologise apologised
    labour honour favour travelled cancelled modelling licence practise catalogue
    judgement enrol enrolment fulfil learnt spelt dreamt whilst amongst ebook emails email
    e-mail inbox cofounder co-founder nonprofit nonprofits""".split()
)
