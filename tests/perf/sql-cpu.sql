SELECT substr(COALESCE(Date, ''), 1, 7), COUNT(*), SUM(COALESCE(Killed, 0)), SUM(COALESCE(Wounded, 0)) FROM incidents WHERE Killed >= 1 GROUP BY 1;;
SELECT substr(COALESCE(Date, ''), 1, 7), COUNT(*), SUM(COALESCE(Killed, 0)), SUM(COALESCE(Wounded, 0)) FROM incidents WHERE Wounded >= 2 GROUP BY 1;;
SELECT substr(COALESCE(Date, ''), 1, 7), COUNT(*), SUM(COALESCE(Killed, 0)), SUM(COALESCE(Wounded, 0)) FROM incidents WHERE Intercepted = 1 GROUP BY 1;;
SELECT Type, COALESCE(LocationId, 0), COUNT(*) FROM incidents WHERE Killed >= 1 GROUP BY Type, COALESCE(LocationId, 0);;
SELECT ActorId, COUNT(DISTINCT IncidentId) FROM incident_actors WHERE IncidentId IN (SELECT Id FROM incidents WHERE Killed >= 1) GROUP BY ActorId;;
SELECT COUNT(*) FROM articles;;
SELECT count(*) FROM article_search WHERE article_search MATCH '"قاعد" AND "عين" AND "اسد"';;
SELECT a.Id FROM articles a INDEXED BY IX_articles_PublishedAt WHERE a.Id IN (SELECT rowid FROM article_search WHERE article_search MATCH '"قاعد" AND "عين" AND "اسد"') ORDER BY a.PublishedAt DESC, a.Id LIMIT 20;;
