META
key;value
description;A minimum project score excludes a project greedy would fund
country;Netherlands
unit;Testdorp
instance;threshold
num_projects;3
num_votes;5
budget;10
vote_type;approval
rule;greedy-threshold
date_begin;2025-01-01
date_end;2025-01-31
min_project_score_threshold;2
PROJECTS
project_id;cost;name
a;6;Popular
b;4;Cheap but unpopular
c;5;Middle
VOTES
voter_id;vote
t1;a,c
t2;a,c
t3;a
t4;a
t5;b
