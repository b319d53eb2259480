package io.straceflow.enrich;

/** One step of a process's parent chain, nearest first. */
public record Ancestor(int pid, String id, String comm, String exe) {}
