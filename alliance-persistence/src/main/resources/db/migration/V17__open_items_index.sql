-- Issue 8, previewing a 5 MB document through the page took over a quarter of an hour. Every statement that
-- writes an item or a participation refreshes item_participant (V12), and the rule's third part (members that
-- joined an item open to them, item_participants_of) found the open items by reading the whole of action_item:
-- one sequential scan per statement, so an import of n items cost n scans of a table growing to n rows (and the
-- dead rows of earlier dry runs, which are rolled back). Open items are few: a partial index lets the rule look
-- up only them.
create index action_item_open_idx on action_item (id) where openness = 'OPEN_TO_MEMBERS';
