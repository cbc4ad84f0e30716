"""Period approval: the periods an Ambito submits, the capofila's decisions, the lock."""
