package io.straceflow.cli;

public final class StraceflowCli {
    public static void main(String[] args) {}
}
