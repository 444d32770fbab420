// System tests wait on real processes, a broker and databases: minutes, not Jest's default 5 s.
jest.setTimeout(180_000);
