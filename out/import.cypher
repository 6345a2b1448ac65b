// kgraph: load nodes.csv and edges.csv into a running Neo4j (copy both into its import/ folder).
// cypher-shell -u neo4j -p PASSWORD -f import.cypher   — idempotent: MERGE everywhere.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (n:Entity {id: row.`id:ID(Entity)`})
SET n.name = row.name, n.kind = row.kind, n.mentions = toInteger(row.`mentions:int`),
    n.docs = toInteger(row.`docs:int`), n.aliases = CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, ';') END
FOREACH (_ IN CASE WHEN row.kind = 'state' THEN [1] ELSE [] END | SET n:State)
FOREACH (_ IN CASE WHEN row.kind = 'person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.kind = 'organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'weapon' THEN [1] ELSE [] END | SET n:Weapon)
;

LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'CO_OCCURS'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
MERGE (a)-[r:CO_OCCURS {modality: row.modality}]->(b)
SET r.weight = toInteger(row.`weight:int`), r.docs = toInteger(row.`docs:int`),
    r.items = CASE row.`items:string[]` WHEN '' THEN [] ELSE split(row.`items:string[]`, ';') END,
    r.via = CASE row.`via:string[]` WHEN '' THEN [] ELSE split(row.`via:string[]`, ';') END,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence,
    r.evidence_refs = row.evidence_refs, r.context = row.`context:boolean` = 'true';

LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'SUPPLIES'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
MERGE (a)-[r:SUPPLIES {modality: row.modality}]->(b)
SET r.weight = toInteger(row.`weight:int`), r.docs = toInteger(row.`docs:int`),
    r.items = CASE row.`items:string[]` WHEN '' THEN [] ELSE split(row.`items:string[]`, ';') END,
    r.via = CASE row.`via:string[]` WHEN '' THEN [] ELSE split(row.`via:string[]`, ';') END,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence,
    r.evidence_refs = row.evidence_refs, r.context = row.`context:boolean` = 'true';

LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'DEPLOYS'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
MERGE (a)-[r:DEPLOYS {modality: row.modality}]->(b)
SET r.weight = toInteger(row.`weight:int`), r.docs = toInteger(row.`docs:int`),
    r.items = CASE row.`items:string[]` WHEN '' THEN [] ELSE split(row.`items:string[]`, ';') END,
    r.via = CASE row.`via:string[]` WHEN '' THEN [] ELSE split(row.`via:string[]`, ';') END,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence,
    r.evidence_refs = row.evidence_refs, r.context = row.`context:boolean` = 'true';

LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'SANCTIONS'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
MERGE (a)-[r:SANCTIONS {modality: row.modality}]->(b)
SET r.weight = toInteger(row.`weight:int`), r.docs = toInteger(row.`docs:int`),
    r.items = CASE row.`items:string[]` WHEN '' THEN [] ELSE split(row.`items:string[]`, ';') END,
    r.via = CASE row.`via:string[]` WHEN '' THEN [] ELSE split(row.`via:string[]`, ';') END,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence,
    r.evidence_refs = row.evidence_refs, r.context = row.`context:boolean` = 'true';

