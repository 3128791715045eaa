"""What is said and how it leaves: reminder wording, stored values as words, Telegram HTML text,
and the Sender interface the bot implements."""
