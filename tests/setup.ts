// happy-dom and Node have no IndexedDB: fake-indexeddb provides the globals idb needs.
import 'fake-indexeddb/auto';
