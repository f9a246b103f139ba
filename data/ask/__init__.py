"""Free-text questions: the question's frame, the intent registry, coverage, race choice, entity
linking, the answers by intent, and conversation context. ``engine.answer_question`` is the door."""
