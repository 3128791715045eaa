"""The bot's handlers, one small async function each; ``bot.app`` wires them."""
