"""The prompt text and chat template. Kept in one place because train, generate, evaluate and serve
must build byte-identical prompts, and every output folder records which template it was trained with."""

from __future__ import annotations

# The reference recipe's system message: defined there but left out of the conversation.
SYSTEM_MESSAGE = (
    "You are a text to SQL query translator. Users will ask you questions in English and you will "
    "generate a SQL query based on the provided SCHEMA."
)

# The reference recipe's user prompt, exact text.
RECIPE_PROMPT = """Given the <USER_QUERY> and the <SCHEMA>, generate the corresponding SQL command to retrieve the desired data, considering the query's syntax, semantics, and schema constraints.
<SCHEMA>
{context}
</SCHEMA>
<USER_QUERY>
{question}
</USER_QUERY>
"""

PROMPT_TEMPLATES = {"recipe": RECIPE_PROMPT}

# A review row's user turn (--review-rows): the SQL alone, its question the answer. No schema: the row teaches
# what SQL means in words, and stays short (a sixth of a schema row's tokens).
REVIEW_PROMPT = "Write the question that this SQLite query answers.\n<SQL>\n{sql}\n</SQL>\n"


def build_prompt(context: str, question: str, template: str = "recipe") -> str:
    """Fill a named template (or a literal one containing `{context}` and `{question}`)."""
    text = PROMPT_TEMPLATES.get(template, template)
    return text.format(context=context.strip(), question=question.strip())


def per_question(cfg) -> bool:
    """Whether the schema text depends on the question (value retrieval or schema linking)."""
    return bool(cfg.value_retrieval) or cfg.schema_linking == "on"


def question_schema(cfg, conn, question: str) -> str:
    """The schema text of an open database for one question, as cfg asks: cut by schema linking and/or with
    the values the question names (sqltune.linking, sqltune.values). The same function serves training rows
    (prepare) and questions at inference (generate, evaluate, serve), so a model sees what it was trained on."""
    budget = cfg.value_budget if cfg.value_retrieval else 0
    if cfg.schema_linking == "on":
        from .linking import linked_schema

        return linked_schema(conn, question, cfg.schema_format, cfg.linking_keep, 0.0, cfg.sample_rows, budget,
                             cfg.linking_hops)
    from .values import schema_with_values

    return schema_with_values(conn, question, cfg.schema_format, budget, cfg.sample_rows)


class PromptBuilder:
    """Prompts for questions on databases, built the way the model was trained (cfg's template, schema format,
    sample rows, value retrieval and schema linking); a database's plain schema text is read once."""

    def __init__(self, cfg):
        self.cfg = cfg
        self._schemas: dict = {}

    def schema(self, db_path=None, context: str | None = None, question: str | None = None) -> str:
        """The schema text of a database file (in cfg's format), or a CREATE/INSERT context as written; with
        value retrieval or schema linking and a question, the question's own schema text (a context is then
        built in memory and serialized)."""
        from . import schema as schema_mod

        cfg = self.cfg
        if question is not None and per_question(cfg) and (db_path is not None or (context or "").strip()):
            return self._per_question(db_path, context, question)
        key = ("db", str(db_path)) if db_path is not None else ("context", context or "")
        if key not in self._schemas:
            if db_path is not None:
                text = schema_mod.schema_from_sqlite(db_path, cfg.schema_format, cfg.sample_rows)
            else:
                text = context or ""
            self._schemas[key] = text
        return self._schemas[key]

    def _per_question(self, db_path, context: str | None, question: str) -> str:
        from .sqlexec import memory_database, read_only

        if db_path is not None:
            conn = read_only(db_path)
        else:
            conn = memory_database(context or "", "context")
        try:
            return question_schema(self.cfg, conn, question)
        finally:
            conn.close()

    def prompt(self, question: str, db_path=None, context: str | None = None) -> str:
        return build_prompt(self.schema(db_path, context, question), question, self.cfg.prompt_template)


def conversation(prompt: str, sql: str | None = None) -> list[dict]:
    """The recipe's conversation: user prompt, then the SQL as the assistant turn (if given)."""
    messages = [{"role": "user", "content": prompt}]
    if sql is not None:
        messages.append({"role": "assistant", "content": sql})
    return messages


def review_conversation(sql: str, question: str | None = None) -> list[dict]:
    """The reverse task of a training row: its SQL in, its question out (the answer, if given)."""
    messages = [{"role": "user", "content": REVIEW_PROMPT.format(sql=sql.strip())}]
    if question is not None:
        messages.append({"role": "assistant", "content": question.strip()})
    return messages


# The official Gemma 3 instruction-tuned chat template (google/gemma-3-1b-it). The built-in model's GGUF
# carries none, and the recipe takes the tokenizer of the -it model for exactly this template.
GEMMA3_CHAT_TEMPLATE = (
    "{{ bos_token }}\n"
    "{%- if messages[0]['role'] == 'system' -%}\n"
    "    {%- if messages[0]['content'] is string -%}\n"
    "        {%- set first_user_prefix = messages[0]['content'] + '\\n\\n' -%}\n"
    "    {%- else -%}\n"
    "        {%- set first_user_prefix = messages[0]['content'][0]['text'] + '\\n\\n' -%}\n"
    "    {%- endif -%}\n"
    "    {%- set loop_messages = messages[1:] -%}\n"
    "{%- else -%}\n"
    "    {%- set first_user_prefix = \"\" -%}\n"
    "    {%- set loop_messages = messages -%}\n"
    "{%- endif -%}\n"
    "{%- for message in loop_messages -%}\n"
    "    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) -%}\n"
    "        {{ raise_exception(\"Conversation roles must alternate user/assistant/user/assistant/...\") }}\n"
    "    {%- endif -%}\n"
    "    {%- if (message['role'] == 'assistant') -%}\n"
    "        {%- set role = \"model\" -%}\n"
    "    {%- else -%}\n"
    "        {%- set role = message['role'] -%}\n"
    "    {%- endif -%}\n"
    "    {{ '<start_of_turn>' + role + '\\n' + (first_user_prefix if loop.first else \"\") }}\n"
    "    {%- if message['content'] is string -%}\n"
    "        {{ message['content'] | trim }}\n"
    "    {%- elif message['content'] is iterable -%}\n"
    "        {%- for item in message['content'] -%}\n"
    "            {%- if item['type'] == 'image' -%}\n"
    "                {{ '<start_of_image>' }}\n"
    "            {%- elif item['type'] == 'text' -%}\n"
    "                {{ item['text'] | trim }}\n"
    "            {%- endif -%}\n"
    "        {%- endfor -%}\n"
    "    {%- else -%}\n"
    "        {{ raise_exception(\"Invalid content type\") }}\n"
    "    {%- endif -%}\n"
    "    {{ '<end_of_turn>\\n' }}\n"
    "{%- endfor -%}\n"
    "{%- if add_generation_prompt -%}\n"
    "    {{'<start_of_turn>model\\n'}}\n"
    "{%- endif -%}\n"
)
