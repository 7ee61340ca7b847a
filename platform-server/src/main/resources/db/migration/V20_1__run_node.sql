-- Issue 20: the server node executing a run (ASSETBRIDGE_NODE_ID, or the id kept in its data directory).
ALTER TABLE sync_run ADD COLUMN node VARCHAR(64);
