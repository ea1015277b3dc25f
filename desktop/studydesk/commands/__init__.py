"""One module per `studydesk` tool, each with configure(parser) and run(args) -> int."""
